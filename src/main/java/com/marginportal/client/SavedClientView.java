package com.marginportal.client;

/**
 * A client list view a user saved: its name, the list's filter as URL query ({@code q=…&risk=HIGH}) and its
 * sort ({@code TOTAL_ASSETS:desc}, null for the default order).
 */
public record SavedClientView(long id, String name, String filterQuery, String sortOrder) {
}
