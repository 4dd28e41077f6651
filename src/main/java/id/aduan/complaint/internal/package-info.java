/**
 * The complaint module's tables: reports, their assignments, files, timeline and reporters' access tokens, with their
 * repositories. Only the module itself uses them; other features go through the services of {@code id.aduan.complaint}.
 */
package id.aduan.complaint.internal;
