-- Vault database secrets engine, renew_statements: a renewed lease moves the password's expiry with it.
ALTER ROLE "{{name}}" VALID UNTIL '{{expiration}}';
