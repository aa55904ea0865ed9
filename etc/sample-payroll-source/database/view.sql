-- A sample merchant database for the "Merchant database" data source (docs/payroll-data-sources.md).
-- The merchant's own payroll table, 1,000 pending lines made by a generator, the view of the contract
-- over it, and the read-only account the platform is given. MariaDB 10.4+ or MySQL 8.0+.
--
--   mariadb -uroot < etc/sample-payroll-source/database/view.sql      (or: mysql -uroot < …)
--
-- Then create a data source of the merchant database kind: host 127.0.0.1, port 3306, database
-- payroll_demo, user ap_reader, password change-me, TLS required, view ap_payroll_pending. A platform
-- running on the same machine must allow the target first: "OutboundCalls": { "AllowedTargets": [ "127.0.0.1" ] }.
-- The server needs TLS turned on (ssl_cert, ssl_key): etc/scripts/ensure-mariadb.sh does it for a test server.

CREATE DATABASE IF NOT EXISTS payroll_demo CHARACTER SET utf8mb4;
USE payroll_demo;

-- The merchant's own table: its names and shape are the merchant's business, the view maps them.
DROP VIEW IF EXISTS ap_payroll_pending;
DROP TABLE IF EXISTS payroll_line;
CREATE TABLE payroll_line (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  reference     VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
  employee_name VARCHAR(128) NOT NULL,
  card_no       VARCHAR(32)  NOT NULL,
  bank          VARCHAR(16)  NOT NULL,
  net_pay_fen   BIGINT       NOT NULL,
  currency      CHAR(3)      NOT NULL DEFAULT 'CNY',
  memo          VARCHAR(200) NULL,
  paid          TINYINT      NOT NULL DEFAULT 0,
  -- The view is read in reference order, page by page: a unique index makes each page one index range.
  UNIQUE KEY ux_payroll_line_reference (reference)
);

-- 1,000 lines: PAY-2026-03-0001 … PAY-2026-03-1000, UnionPay test cards of the ICBC whose last digit is the
-- Luhn check digit (the platform checks it), salaries from 3,000.00 to 12,990.00 CNY in fen. The last ten are
-- marked paid, so the view leaves them out.
INSERT INTO payroll_line (reference, employee_name, card_no, bank, net_pay_fen, currency, memo, paid)
WITH RECURSIVE
  -- Digits crossed rather than one long recursion: MariaDB stops a recursion at 1,000 iterations by default.
  digit (d) AS (SELECT 0 UNION ALL SELECT d + 1 FROM digit WHERE d < 9),
  seq AS (SELECT 1 + a.d + 10 * b.d + 100 * c.d + 1000 * e.d AS k
          FROM digit a CROSS JOIN digit b CROSS JOIN digit c CROSS JOIN digit e
          WHERE a.d + 10 * b.d + 100 * c.d + 1000 * e.d < 1010),
  pos (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM pos WHERE i < 15),
  body AS (SELECT k, CONCAT('6222', LPAD(k, 11, '0')) AS b FROM seq),
  -- Luhn over the 15 digits: counted from the right of the full number, every second digit is doubled,
  -- which for a 15-digit body followed by its check digit are the odd positions of the body.
  luhn AS (
    SELECT body.k, body.b,
           SUM(CASE WHEN pos.i % 2 = 1
                    THEN IF(2 * CAST(SUBSTRING(body.b, pos.i, 1) AS UNSIGNED) > 9,
                            2 * CAST(SUBSTRING(body.b, pos.i, 1) AS UNSIGNED) - 9,
                            2 * CAST(SUBSTRING(body.b, pos.i, 1) AS UNSIGNED))
                    ELSE CAST(SUBSTRING(body.b, pos.i, 1) AS UNSIGNED) END) AS s
    FROM body CROSS JOIN pos
    GROUP BY body.k, body.b)
SELECT CONCAT('PAY-2026-03-', LPAD(k, 4, '0')),
       CONCAT('Employee ', k),
       CONCAT(b, (10 - s % 10) % 10),
       'ICBC',
       300000 + (k % 100) * 1000,
       'CNY',
       CONCAT('Salary March 2026, staff no. ', k),
       k > 1000
FROM luhn;

-- The contract: these nine columns, these names. A view maps whatever the merchant's tables look like.
-- SQL SECURITY DEFINER (the default) lets the reader see the view without any right on payroll_line.
CREATE VIEW ap_payroll_pending AS
SELECT reference     AS merchant_reference,
       employee_name AS payee_name,
       card_no       AS account_number,
       'BankCard'    AS account_type,
       bank          AS bank_code,
       net_pay_fen   AS amount_minor,
       currency      AS currency,
       'Salary'      AS purpose,
       memo          AS remark
FROM payroll_line
WHERE paid = 0;

-- The account the platform uses: it may read this one view, nothing else, and only over TLS.
-- Replace '%' with the platform's address and the password with a long random one.
CREATE USER IF NOT EXISTS 'ap_reader'@'%' IDENTIFIED BY 'change-me';
ALTER USER 'ap_reader'@'%' REQUIRE SSL;
GRANT SELECT ON payroll_demo.ap_payroll_pending TO 'ap_reader'@'%';
