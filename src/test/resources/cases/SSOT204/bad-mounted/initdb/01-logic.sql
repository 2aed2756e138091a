-- Nothing here says MySQL; the container it is mounted into does.
CREATE TABLE invoices (id INT PRIMARY KEY, total DECIMAL(12, 2));
-- expect: SSOT204
CREATE PROCEDURE close_period() SELECT 1;
