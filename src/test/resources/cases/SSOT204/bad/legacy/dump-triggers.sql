-- Written the way mysqldump writes triggers: the statement lives in executable comments.
/*!50003 SET @saved_cs_client = @@character_set_client */ ;
DELIMITER ;;
-- expect: SSOT204
/*!50003 CREATE*/ /*!50017 DEFINER=`etl`@`%`*/ /*!50003 TRIGGER `orders_stamp` BEFORE INSERT ON `orders` FOR EACH ROW SET NEW.created = NOW() */;;
DELIMITER ;
/* an ordinary comment: CREATE TRIGGER not_real BEFORE INSERT ON x FOR EACH ROW SET @a = 1 */
CREATE TABLE orders_archive (id INT PRIMARY KEY);
