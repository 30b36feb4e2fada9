package vn.directivecascade.plantask;

import vn.directivecascade.organization.Organization;

/** An organisation as a task's views name it: its code and its display name. */
public record Agency(String code, String name) {

  static Agency of(Organization organization) {
    return new Agency(organization.getCode(), organization.getName());
  }
}
