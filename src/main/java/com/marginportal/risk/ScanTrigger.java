package com.marginportal.risk;

public enum ScanTrigger { STARTUP, SCHEDULED, MANUAL, IMPORT }
