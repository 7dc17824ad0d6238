package org.parity.common.apidocs;

/** The areas of the API as the OpenAPI document groups its operations; controllers tag each operation with one. */
public final class ApiTags {

    public static final String ORGANISATIONS = "Organisations";
    public static final String INDICATORS = "Indicators and figures";
    public static final String PLANS = "Plans and actions";
    public static final String TASKS = "Tasks and workflow";
    public static final String REPORTS = "Reports";
    public static final String TOKENS = "Personal API tokens";
    public static final String ADMIN = "Administration";

    private ApiTags() {}
}
