-- A set-password link sent by mail remembers the address it went to: following it proves that the address
-- reaches its person, so the account's address counts as verified when it is still the same one.
alter table password_link add column sent_to text;
