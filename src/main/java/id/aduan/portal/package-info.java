/**
 * The public pages for citizens, in Indonesian and English: file a report with photos or documents, follow it
 * with the reporter's private link, answer, accept and rate or object, and read the public list of reports and
 * each agency's numbers. Server-rendered with Thymeleaf, usable without JavaScript; the pages call the
 * services of the {@code complaint} and {@code stats} features and hold no business rules of their own.
 */
package id.aduan.portal;
