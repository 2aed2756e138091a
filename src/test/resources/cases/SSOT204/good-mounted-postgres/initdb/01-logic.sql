-- Nothing here says MySQL; it runs in PostgreSQL.
CREATE TABLE invoices (id INT PRIMARY KEY, total DECIMAL(12, 2));
CREATE PROCEDURE close_period() SELECT 1;
