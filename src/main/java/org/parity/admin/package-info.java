/** Platform administration pages: users, roles, organisations of users. Admins only. */
package org.parity.admin;
