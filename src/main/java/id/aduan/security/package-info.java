/**
 * Who may do what: staff are Camunda users and groups, Camunda authorizations decide what they see in
 * Tasklist, Cockpit and {@code /engine-rest}, and Aduan's staff API checks the same groups.
 */
package id.aduan.security;
