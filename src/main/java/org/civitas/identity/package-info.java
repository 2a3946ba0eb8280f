/** Accounts, registration, email verification, login, roles, profile, data export and deletion. */
package org.civitas.identity;
