-- A team's Lockstep database on PostgreSQL (README: "A team on one PostgreSQL server"). Run once, as a superuser
-- (or a role with CREATEROLE and CREATEDB), with psql:
--
--   psql -h SERVER -U postgres -v owner=lockstep_owner -v engine=lockstep_engine -v console=lockstep_console \
--        -v db=lockstep -f postgres-setup.sql
--
-- Three roles: the owner makes and changes the schema (`lockstep db migrate`), the engine's service and the consoles
-- read and write the data and nothing else, and no one can change or remove the audit log's rows. Give each role a
-- password afterwards (\password NAME); each desk keeps its own in its keychain: lockstep secret set lockstep/database.
\set ON_ERROR_STOP on

CREATE ROLE :"owner" LOGIN;
CREATE ROLE :"engine" LOGIN;
CREATE ROLE :"console" LOGIN;
CREATE DATABASE :"db" OWNER :"owner" ENCODING 'UTF8' TEMPLATE template0;

\connect :"db"
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT CREATE, USAGE ON SCHEMA public TO :"owner";
GRANT USAGE ON SCHEMA public TO :"engine", :"console";
-- Every table and sequence the owner's migrations make, now and later, is the engine's and the consoles' to use. The
-- first migration takes UPDATE, DELETE and TRUNCATE on the audit log back from every role.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"engine", :"console";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO :"engine", :"console";
