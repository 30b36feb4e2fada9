package vn.directivecascade.organization;

/** Tier of an organisation in the administrative tree. */
public enum OrganizationLevel {
  CENTRAL, PROVINCE, DEPARTMENT, UNIT
}
