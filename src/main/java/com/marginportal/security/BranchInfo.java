package com.marginportal.security;

public record BranchInfo(long id, String code, String name, String city) {
}
