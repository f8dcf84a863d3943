-- One database per service, and Keycloak's, on the one PostgreSQL of the Compose stack.
create database enrollment;
create database matching;
create database session;
create database survey;
create database analytics;
create database keycloak;
