insert into t values (2);
