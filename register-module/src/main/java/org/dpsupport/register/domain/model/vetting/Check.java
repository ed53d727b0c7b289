package org.dpsupport.register.domain.model.vetting;

/** The checks the council's register policy asks for. */
public enum Check {
  DBS,
  DBS_UPDATE_SERVICE_STATUS,
  RIGHT_TO_WORK,
  REFERENCES,
  TRAINING,
  CODE_OF_CONDUCT
}
