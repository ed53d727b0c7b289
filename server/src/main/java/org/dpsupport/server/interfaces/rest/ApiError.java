package org.dpsupport.server.interfaces.rest;

/** Every API error has this shape: a sentence a person can act on. */
public record ApiError(String error) {}
