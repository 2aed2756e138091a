-- Business logic that crept into the staging MySQL.
DELIMITER //
-- expect: SSOT204
CREATE DEFINER=`etl`@`%` PROCEDURE `close_period`(IN p INT)
BEGIN
  UPDATE ledger SET closed = 1 WHERE period = p; -- a ';' inside the body
  SELECT 'CREATE TRIGGER inside a string';
END //
DELIMITER ;

-- expect: SSOT204
CREATE TRIGGER ledger_audit AFTER UPDATE ON ledger
FOR EACH ROW INSERT INTO audit(id) VALUES (NEW.id);

CREATE TABLE notes (id INT AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;
