insert into invoices values (1);
