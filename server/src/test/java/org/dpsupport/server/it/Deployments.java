package org.dpsupport.server.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Integration tests deploy the real WAR the build made, not a hand-picked subset of classes. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive realWar() {
    return ShrinkWrap.create(ZipImporter.class, "dps.war")
        .importFrom(new File("target/dps.war"))
        .as(WebArchive.class);
  }
}
