insert into invoices values (2);
