package org.dpsupport.server.infrastructure.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/** A person who can sign in. The password is only ever held as a salted PBKDF2 hash. */
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = "UserAccount.byUsername",
    query = "select u from UserAccountEntity u where u.username = :username")
public class UserAccountEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "council_id")
  private Long councilId;

  @Column(name = "agency_id")
  private Long agencyId;

  @Column(name = "failed_sign_ins", nullable = false)
  private int failedSignIns;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  @Column(name = "last_sign_in")
  private OffsetDateTime lastSignIn;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected UserAccountEntity() {}

  public UserAccountEntity(
      String username,
      String displayName,
      String passwordHash,
      Set<Role> roles,
      Long councilId,
      Long agencyId,
      OffsetDateTime createdAt) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = EnumSet.copyOf(roles);
    this.councilId = councilId;
    this.agencyId = agencyId;
    this.createdAt = createdAt;
  }

  public boolean isLockedAt(OffsetDateTime now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /**
   * Counts a failed sign-in; after {@code limit} in a row the account locks for {@code lockFor}.
   */
  public void recordFailedSignIn(OffsetDateTime now, int limit, Duration lockFor) {
    failedSignIns++;
    if (failedSignIns >= limit) {
      lockedUntil = now.plus(lockFor);
      failedSignIns = 0;
    }
  }

  /**
   * Whether a successful sign-in now changes anything worth a write: failures to clear, a lock-out
   * that has ended, or no sign-in recorded in the last minute (API calls sign in on every request).
   */
  public boolean signInWorthRecording(OffsetDateTime now) {
    return failedSignIns != 0
        || lockedUntil != null
        || lastSignIn == null
        || lastSignIn.isBefore(now.minusMinutes(1));
  }

  /** A stronger hash of the same password (the hashing parameters were raised). */
  public void replacePasswordHash(String stronger) {
    this.passwordHash = stronger;
  }

  public void recordSuccessfulSignIn(OffsetDateTime now) {
    failedSignIns = 0;
    lockedUntil = null;
    lastSignIn = now;
  }

  public Viewer asViewer() {
    return new Viewer(
        id, username, roles, Optional.ofNullable(councilId), Optional.ofNullable(agencyId));
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Set<Role> getRoles() {
    return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
  }

  public Long getCouncilId() {
    return councilId;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public int getFailedSignIns() {
    return failedSignIns;
  }

  public OffsetDateTime getLockedUntil() {
    return lockedUntil;
  }
}
