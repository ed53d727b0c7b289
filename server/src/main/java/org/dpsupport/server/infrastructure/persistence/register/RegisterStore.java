package org.dpsupport.server.infrastructure.persistence.register;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.dpsupport.register.domain.model.area.PostcodeDistrict;
import org.dpsupport.register.domain.model.introduction.Introduction;
import org.dpsupport.register.domain.model.introduction.IntroductionId;
import org.dpsupport.register.domain.model.introduction.IntroductionState;
import org.dpsupport.register.domain.model.introduction.IntroductionStep;
import org.dpsupport.register.domain.model.need.Importance;
import org.dpsupport.register.domain.model.need.Need;
import org.dpsupport.register.domain.model.need.NeedId;
import org.dpsupport.register.domain.model.need.NeedStatus;
import org.dpsupport.register.domain.model.people.Actor;
import org.dpsupport.register.domain.model.people.ActorRole;
import org.dpsupport.register.domain.model.people.ContactDetails;
import org.dpsupport.register.domain.model.people.PostalAddress;
import org.dpsupport.register.domain.model.profile.Gender;
import org.dpsupport.register.domain.model.profile.HourlyRate;
import org.dpsupport.register.domain.model.profile.Language;
import org.dpsupport.register.domain.model.profile.PaId;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.profile.ProfileText;
import org.dpsupport.register.domain.model.profile.Skill;
import org.dpsupport.register.domain.model.profile.VettingDecision;
import org.dpsupport.register.domain.model.profile.VettingStatus;
import org.dpsupport.register.domain.model.profile.Visibility;
import org.dpsupport.register.domain.model.profile.WeeklySlots;
import org.dpsupport.register.domain.model.vetting.DbsCheck;
import org.dpsupport.register.domain.model.vetting.DbsLevel;
import org.dpsupport.register.domain.model.vetting.Reference;
import org.dpsupport.register.domain.model.vetting.RightToWorkCheck;
import org.dpsupport.register.domain.model.vetting.TrainingRecord;
import org.dpsupport.register.domain.model.vetting.UpdateServiceStatus;
import org.dpsupport.register.domain.model.vetting.VettingRecord;

/**
 * The register's tables, read and written with plain JDBC: profiles are loaded in bulk (six queries
 * for any number of profiles) to fill the in-memory match index, and saved whole. Called inside the
 * application services' transactions; the container shares the connection with JPA's in the same
 * transaction.
 */
@ApplicationScoped
public class RegisterStore {

  /** A profile with the database ids the domain does not know about. */
  public record StoredProfile(long id, Long userId, PaProfile profile) {}

  /** A need with its database id and the direct-payment account it belongs to. */
  public record StoredNeed(long id, long accountId, Need need) {}

  /** An introduction with its database ids. */
  public record StoredIntroduction(long id, long needId, Introduction introduction) {}

  /** A message to a PA. */
  public record Notice(String kind, LocalDate day, String message) {}

  @Resource(lookup = "jdbc/dps")
  DataSource dataSource;

  public long nextId() {
    return queryLong("select nextval('register_id_seq')");
  }

  // ---- profiles ------------------------------------------------------------------------------

  public void insertProfile(long id, Long userId, PaProfile p, OffsetDateTime now) {
    update(
        "insert into pa_profile (id, pa_ref, user_id, has_car, availability_mask, gender, rate_sought, about,"
            + " visibility, status, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?)",
        id,
        p.id().value(),
        userId,
        p.hasCar(),
        p.availability().asMask(),
        p.gender().map(Enum::name).orElse(null),
        p.rateSought().map(HourlyRate::poundsPerHour).orElse(null),
        p.about().text(),
        p.visibility().name(),
        p.status().name(),
        now,
        now);
    writeProfileParts(id, p, now);
  }

  /** Saves every part of the profile; main row values replace the stored ones. */
  public void saveProfile(long id, PaProfile p, OffsetDateTime now) {
    update("delete from pa_contact where profile_id = ?", id);
    update("delete from pa_area where profile_id = ?", id);
    update("delete from pa_skill where profile_id = ?", id);
    update("delete from pa_language where profile_id = ?", id);
    update("delete from pa_vetting where profile_id = ?", id);
    update("delete from pa_reference where profile_id = ?", id);
    update("delete from pa_training where profile_id = ?", id);
    writeProfileParts(id, p, now);
  }

  /**
   * Changes the status only if it is still {@code expected}: the daily sweep may run on several
   * servers, and only one of them must suspend a profile and tell the PA.
   */
  public boolean changeStatusIfStill(
      long id, VettingStatus expected, PaProfile p, OffsetDateTime now) {
    VettingDecision d = p.lastDecision().orElseThrow();
    return update(
                "update pa_profile set status = ?, decision_status = ?, decision_by_role = ?, decision_by = ?,"
                    + " decision_on = ?, decision_note = ?, updated_at = ? where id = ? and status = ?",
                p.status().name(),
                d.status().name(),
                d.by().role().name(),
                d.by().reference(),
                d.on(),
                d.note(),
                now,
                id,
                expected.name())
            == 1
        && recordChange(id);
  }

  private void writeProfileParts(long id, PaProfile p, OffsetDateTime now) {
    recordChange(id);
    VettingDecision d = p.lastDecision().orElse(null);
    update(
        "update pa_profile set has_car = ?, availability_mask = ?, gender = ?, rate_sought = ?, about = ?,"
            + " visibility = ?, status = ?, decision_status = ?, decision_by_role = ?, decision_by = ?, decision_on = ?,"
            + " decision_note = ?, updated_at = ? where id = ?",
        p.hasCar(),
        p.availability().asMask(),
        p.gender().map(Enum::name).orElse(null),
        p.rateSought().map(HourlyRate::poundsPerHour).orElse(null),
        p.about().text(),
        p.visibility().name(),
        p.status().name(),
        d == null ? null : d.status().name(),
        d == null ? null : d.by().role().name(),
        d == null ? null : d.by().reference(),
        d == null ? null : d.on(),
        d == null ? null : d.note(),
        now,
        id);
    ContactDetails c = p.contactDetailsForRecords();
    update(
        "insert into pa_contact (profile_id, full_name, email, telephone, address_lines, town, postcode, date_of_birth)"
            + " values (?,?,?,?,?,?,?,?)",
        id,
        c.fullName(),
        c.email().orElse(null),
        c.telephone().orElse(null),
        c.address().map(a -> String.join("\n", a.lines())).orElse(null),
        c.address().map(PostalAddress::town).orElse(null),
        c.address().map(PostalAddress::postcode).orElse(null),
        c.dateOfBirth().orElse(null));
    for (PostcodeDistrict area : p.areas()) {
      update("insert into pa_area (profile_id, district) values (?,?)", id, area.code());
    }
    for (Skill skill : p.skills()) {
      update("insert into pa_skill (profile_id, skill) values (?,?)", id, skill.name());
    }
    for (Language language : p.languages()) {
      update("insert into pa_language (profile_id, language) values (?,?)", id, language.name());
    }
    VettingRecord v = p.vetting();
    update(
        "insert into pa_vetting (profile_id, dbs_level, dbs_issued_on, dbs_update_service, dbs_status_checked_on,"
            + " rtw_checked_on, rtw_permission_ends_on, code_of_conduct_agreed_on) values (?,?,?,?,?,?,?,?)",
        id,
        v.dbs().map(x -> x.level().name()).orElse(null),
        v.dbs().map(DbsCheck::issuedOn).orElse(null),
        v.dbs().map(x -> x.updateService().name()).orElse(null),
        v.dbs().flatMap(DbsCheck::statusChecked).orElse(null),
        v.rightToWork().map(RightToWorkCheck::checkedOn).orElse(null),
        v.rightToWork().flatMap(RightToWorkCheck::permissionEnds).orElse(null),
        v.codeOfConductAgreedOn().orElse(null));
    for (Reference r : v.references()) {
      update(
          "insert into pa_reference (profile_id, referee, received_on, verified_on) values (?,?,?,?)",
          id,
          r.referee(),
          r.received().orElse(null),
          r.verifiedOn());
    }
    for (TrainingRecord t : v.training()) {
      update(
          "insert into pa_training (profile_id, course, completed_on, expires_on) values (?,?,?,?)",
          id,
          t.course(),
          t.completedOn(),
          t.expires().orElse(null));
    }
  }

  public Optional<StoredProfile> profileByRef(String paRef) {
    return profiles("p.pa_ref = ?", paRef).stream().findFirst();
  }

  public Optional<StoredProfile> profileByUser(long userId) {
    return profiles("p.user_id = ?", userId).stream().findFirst();
  }

  /** Profiles in these statuses, for the match index and the daily sweep. */
  public List<StoredProfile> profilesWithStatus(VettingStatus... statuses) {
    String in = String.join(",", Arrays.stream(statuses).map(s -> "'" + s.name() + "'").toList());
    return profiles("p.status in (" + in + ")");
  }

  public List<StoredProfile> vettingQueue() {
    return profiles("p.status in ('SUBMITTED','SUSPENDED','SUSPENDED_BY_STAFF','REJECTED')");
  }

  /** Bulk load: one query per table, whatever the number of profiles. */
  public List<StoredProfile> profiles(String where, Object... params) {
    String sub = "select p.id from pa_profile p where " + where;
    Map<Long, Object[]> main = new LinkedHashMap<>();
    Map<Long, Set<PostcodeDistrict>> areas = new HashMap<>();
    Map<Long, Set<Skill>> skills = new HashMap<>();
    Map<Long, Set<Language>> languages = new HashMap<>();
    Map<Long, List<Reference>> references = new HashMap<>();
    Map<Long, List<TrainingRecord>> training = new HashMap<>();
    Map<Long, Object[]> vetting = new HashMap<>();
    try (Connection c = dataSource.getConnection()) {
      query(
          c,
          "select p.id, p.pa_ref, p.user_id, p.has_car, p.availability_mask, p.gender, p.rate_sought, p.about,"
              + " p.visibility, p.status, p.decision_status, p.decision_by_role, p.decision_by, p.decision_on, p.decision_note,"
              + " c.full_name, c.email, c.telephone, c.address_lines, c.town, c.postcode, c.date_of_birth"
              + " from pa_profile p join pa_contact c on c.profile_id = p.id where "
              + where
              + " order by p.pa_ref",
          params,
          rs ->
              main.put(
                  rs.getLong(1),
                  new Object[] {
                    rs.getString(2),
                    (Long) rs.getObject(3, Long.class),
                    rs.getBoolean(4),
                    rs.getLong(5),
                    rs.getString(6),
                    rs.getBigDecimal(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getString(11),
                    rs.getString(12),
                    rs.getString(13),
                    rs.getObject(14, LocalDate.class),
                    rs.getString(15),
                    rs.getString(16),
                    rs.getString(17),
                    rs.getString(18),
                    rs.getString(19),
                    rs.getString(20),
                    rs.getString(21),
                    rs.getObject(22, LocalDate.class)
                  }));
      if (main.isEmpty()) {
        return List.of();
      }
      query(
          c,
          "select profile_id, district from pa_area where profile_id in (" + sub + ")",
          params,
          rs ->
              areas
                  .computeIfAbsent(rs.getLong(1), k -> new TreeSet<>())
                  .add(PostcodeDistrict.of(rs.getString(2))));
      query(
          c,
          "select profile_id, skill from pa_skill where profile_id in (" + sub + ")",
          params,
          rs ->
              skills
                  .computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Skill.class))
                  .add(Skill.valueOf(rs.getString(2))));
      query(
          c,
          "select profile_id, language from pa_language where profile_id in (" + sub + ")",
          params,
          rs ->
              languages
                  .computeIfAbsent(rs.getLong(1), k -> new TreeSet<>())
                  .add(Language.of(rs.getString(2))));
      query(
          c,
          "select profile_id, referee, received_on, verified_on from pa_reference where profile_id in ("
              + sub
              + ") order by profile_id, referee",
          params,
          rs ->
              references
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(
                      new Reference(
                          rs.getString(2),
                          rs.getObject(3, LocalDate.class),
                          rs.getObject(4, LocalDate.class))));
      query(
          c,
          "select profile_id, course, completed_on, expires_on from pa_training where profile_id in ("
              + sub
              + ") order by profile_id, course",
          params,
          rs ->
              training
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(
                      new TrainingRecord(
                          rs.getString(2),
                          rs.getObject(3, LocalDate.class),
                          rs.getObject(4, LocalDate.class))));
      query(
          c,
          "select profile_id, dbs_level, dbs_issued_on, dbs_update_service, dbs_status_checked_on, rtw_checked_on,"
              + " rtw_permission_ends_on, code_of_conduct_agreed_on from pa_vetting where profile_id in ("
              + sub
              + ")",
          params,
          rs ->
              vetting.put(
                  rs.getLong(1),
                  new Object[] {
                    rs.getString(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getString(4),
                    rs.getObject(5, LocalDate.class),
                    rs.getObject(6, LocalDate.class),
                    rs.getObject(7, LocalDate.class),
                    rs.getObject(8, LocalDate.class)
                  }));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the register's profiles", e);
    }
    List<StoredProfile> out = new ArrayList<>(main.size());
    main.forEach(
        (id, r) -> {
          PostalAddress address =
              r[17] == null
                  ? null
                  : new PostalAddress(
                      List.of(((String) r[17]).split("\n")), (String) r[18], (String) r[19]);
          ContactDetails contact =
              new ContactDetails(
                  (String) r[14], (String) r[15], (String) r[16], address, (LocalDate) r[20]);
          Object[] v = vetting.get(id);
          VettingRecord record = VettingRecord.empty();
          if (v != null) {
            DbsCheck dbs =
                v[0] == null
                    ? null
                    : new DbsCheck(
                        DbsLevel.valueOf((String) v[0]),
                        (LocalDate) v[1],
                        UpdateServiceStatus.valueOf((String) v[2]),
                        (LocalDate) v[3]);
            RightToWorkCheck rtw =
                v[4] == null ? null : new RightToWorkCheck((LocalDate) v[4], (LocalDate) v[5]);
            record =
                new VettingRecord(
                    dbs,
                    rtw,
                    references.getOrDefault(id, List.of()),
                    training.getOrDefault(id, List.of()),
                    (LocalDate) v[6]);
          }
          PaProfile.Builder b =
              PaProfile.draft(PaId.of((String) r[0]), contact)
                  .hasCar((Boolean) r[2])
                  .availability(WeeklySlots.ofMask((Long) r[3]))
                  .gender(r[4] == null ? null : Gender.valueOf((String) r[4]))
                  .rateSought(r[5] == null ? null : new HourlyRate((BigDecimal) r[5]))
                  .about(ProfileText.of((String) r[6]))
                  .visibility(Visibility.valueOf((String) r[7]))
                  .status(VettingStatus.valueOf((String) r[8]))
                  .areas(areas.getOrDefault(id, Set.of()))
                  .skills(skills.getOrDefault(id, Set.of()))
                  .languages(languages.getOrDefault(id, Set.of()))
                  .vetting(record);
          if (r[9] != null) {
            b.lastDecision(
                new VettingDecision(
                    VettingStatus.valueOf((String) r[9]),
                    new Actor(ActorRole.valueOf((String) r[10]), (String) r[11]),
                    (LocalDate) r[12],
                    (String) r[13]));
          }
          out.add(new StoredProfile(id, (Long) r[1], b.build()));
        });
    return out;
  }

  /** Deletes the profile and everything hanging off it (contact, areas, vetting...). */
  public void deleteProfile(long id) {
    recordChange(id);
    update("delete from pa_profile where id = ?", id);
  }

  // ---- the change feed every server's match index follows ------------------------------------

  /** A profile changed (or was deleted: then it is no longer found by its id). */
  public record Change(long seq, long profileId, String paRef) {}

  /**
   * Notes a change to the profile in {@code register_change}, in the same transaction as the change
   * itself; always true.
   */
  private boolean recordChange(long profileId) {
    update(
        "insert into register_change (profile_id, pa_ref) select id, pa_ref from pa_profile"
            + " where id = ?",
        profileId);
    return true;
  }

  /** The latest change so far (0 if none). */
  public long lastChange() {
    return queryLong("select coalesce(max(seq), 0) from register_change");
  }

  /**
   * The oldest change still kept (0 when there is none): a server whose feed is behind it missed
   * pruned changes and reads the register again.
   */
  public long oldestChange() {
    return queryLong("select coalesce(min(seq), 0) from register_change");
  }

  /**
   * Deletes the changes made before {@code cutoff}, always keeping the latest one; how many went.
   */
  public int pruneChangesBefore(OffsetDateTime cutoff) {
    return update(
        "delete from register_change where changed_at < ? and seq < (select max(seq) from"
            + " register_change)",
        cutoff);
  }

  /** The changes after {@code seq}, oldest first. */
  public List<Change> changesAfter(long seq) {
    List<Change> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      query(
          c,
          "select seq, profile_id, pa_ref from register_change where seq > ? order by seq",
          new Object[] {seq},
          rs -> out.add(new Change(rs.getLong(1), rs.getLong(2), rs.getString(3))));
    } catch (SQLException e) {
      throw new IllegalStateException("Register change feed query failed", e);
    }
    return out;
  }

  public void recordErasure(String paRef, LocalDate on, String summary, LocalDate deleteOn) {
    update(
        "insert into pa_erasure (id, pa_ref, erased_on, summary, delete_on) values (?,?,?,?,?)",
        nextId(),
        paRef,
        on,
        summary,
        deleteOn);
  }

  // ---- notices -------------------------------------------------------------------------------

  /**
   * Adds a notice unless the same kind was already given today (several servers may run the sweep).
   */
  public boolean addNotice(
      long profileId, String kind, LocalDate day, String message, OffsetDateTime now) {
    long already =
        queryLong(
            "select count(*) from pa_notice where profile_id = ? and kind = ? and notice_day = ?",
            profileId,
            kind,
            day);
    if (already > 0) {
      return false;
    }
    update(
        "insert into pa_notice (id, profile_id, kind, notice_day, message, created_at) values (?,?,?,?,?,?)",
        nextId(),
        profileId,
        kind,
        day,
        message,
        now);
    return true;
  }

  public List<Notice> notices(long profileId) {
    List<Notice> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      query(
          c,
          "select kind, notice_day, message from pa_notice where profile_id = ? order by created_at desc, id desc",
          new Object[] {profileId},
          rs ->
              out.add(
                  new Notice(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3))));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read notices", e);
    }
    return out;
  }

  // ---- needs ---------------------------------------------------------------------------------

  public void insertNeed(long id, long accountId, Need n, OffsetDateTime now) {
    ContactDetails c = n.budgetHolderContactForRecords().orElse(null);
    update(
        "insert into register_need (id, need_ref, account_id, described_by_role, described_by, contact_name,"
            + " contact_email, contact_telephone, area, hours_mask, gender, gender_importance, car, maximum_rate, status,"
            + " created_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        id,
        n.id().value(),
        accountId,
        n.describedBy().role().name(),
        n.describedBy().reference(),
        c == null ? null : c.fullName(),
        c == null ? null : c.email().orElse(null),
        c == null ? null : c.telephone().orElse(null),
        n.area().code(),
        n.hours().asMask(),
        n.genderForPersonalCare().map(Enum::name).orElse(null),
        n.genderImportance().name(),
        n.car().name(),
        n.maximumRate().map(HourlyRate::poundsPerHour).orElse(null),
        n.status().name(),
        now);
    for (Skill s : n.requiredSkills()) {
      update(
          "insert into register_need_skill (need_id, skill, importance) values (?,?,?)",
          id,
          s.name(),
          "REQUIRED");
    }
    for (Skill s : n.preferredSkills()) {
      update(
          "insert into register_need_skill (need_id, skill, importance) values (?,?,?)",
          id,
          s.name(),
          "PREFERRED");
    }
    for (Language l : n.requiredLanguages()) {
      update(
          "insert into register_need_language (need_id, language, importance) values (?,?,?)",
          id,
          l.name(),
          "REQUIRED");
    }
    for (Language l : n.preferredLanguages()) {
      update(
          "insert into register_need_language (need_id, language, importance) values (?,?,?)",
          id,
          l.name(),
          "PREFERRED");
    }
  }

  /** After a hire or closing: the slots still wanted and the status. */
  public void updateNeedProgress(long id, Need n) {
    update(
        "update register_need set hours_mask = ?, status = ? where id = ?",
        n.hours().asMask(),
        n.status().name(),
        id);
  }

  public Optional<StoredNeed> needByRef(String needRef) {
    return needs("n.need_ref = ?", needRef).stream().findFirst();
  }

  public Optional<StoredNeed> need(long id) {
    return needs("n.id = ?", id).stream().findFirst();
  }

  public List<StoredNeed> needsOfAccount(long accountId) {
    return needs("n.account_id = ?", accountId);
  }

  /** A PA on the register who works for a budget holder: profile id and employment's name. */
  public record PaAtWork(PaId paId, String name) {}

  /**
   * The register PAs who work for this direct payment account on {@code day} or will start later:
   * an employment on the account, not ended before that day, held by the profile's sign-in.
   */
  public List<PaAtWork> pasWorkingFor(long accountId, LocalDate day) {
    List<PaAtWork> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      query(
          c,
          "select distinct p.pa_ref, e.pa_name from pa_employment e"
              + " join pa_profile p on p.user_id = e.pa_user_id"
              + " where e.account_id = ? and (e.end_date is null or e.end_date >= ?)"
              + " order by e.pa_name, p.pa_ref",
          new Object[] {accountId, day},
          rs -> out.add(new PaAtWork(PaId.of(rs.getString(1)), rs.getString(2))));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the PAs working for an account", e);
    }
    return out;
  }

  /** The accounts this PA's sign-in is employed on, on {@code day} or from a later start. */
  public Set<Long> accountsEmploying(long paUserId, LocalDate day) {
    Set<Long> out = new HashSet<>();
    try (Connection c = dataSource.getConnection()) {
      query(
          c,
          "select e.account_id from pa_employment e"
              + " where e.pa_user_id = ? and (e.end_date is null or e.end_date >= ?)",
          new Object[] {paUserId, day},
          rs -> out.add(rs.getLong(1)));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read a PA's employments", e);
    }
    return out;
  }

  public List<StoredNeed> openNeedsIn(Set<PostcodeDistrict> areas) {
    if (areas.isEmpty()) {
      return List.of();
    }
    String in = String.join(",", areas.stream().map(a -> "?").toList());
    return needs(
        "n.status = 'OPEN' and n.area in (" + in + ")",
        areas.stream().map(PostcodeDistrict::code).toArray());
  }

  public List<StoredNeed> needs(String where, Object... params) {
    String sub = "select n.id from register_need n where " + where;
    Map<Long, Object[]> main = new LinkedHashMap<>();
    Map<Long, Map<String, Set<Skill>>> skills = new HashMap<>();
    Map<Long, Map<String, Set<Language>>> languages = new HashMap<>();
    Map<Long, Set<PaId>> hired = new HashMap<>();
    try (Connection c = dataSource.getConnection()) {
      query(
          c,
          "select n.id, n.need_ref, n.account_id, a.reference, n.described_by_role, n.described_by, n.contact_name,"
              + " n.contact_email, n.contact_telephone, n.area, n.hours_mask, n.gender, n.gender_importance, n.car,"
              + " n.maximum_rate, n.status from register_need n join dp_account a on a.id = n.account_id where "
              + where
              + " order by n.id",
          params,
          rs ->
              main.put(
                  rs.getLong(1),
                  new Object[] {
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getLong(11),
                    rs.getString(12),
                    rs.getString(13),
                    rs.getString(14),
                    rs.getBigDecimal(15),
                    rs.getString(16)
                  }));
      if (main.isEmpty()) {
        return List.of();
      }
      query(
          c,
          "select need_id, skill, importance from register_need_skill where need_id in ("
              + sub
              + ")",
          params,
          rs ->
              skills
                  .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                  .computeIfAbsent(rs.getString(3), k -> EnumSet.noneOf(Skill.class))
                  .add(Skill.valueOf(rs.getString(2))));
      query(
          c,
          "select need_id, language, importance from register_need_language where need_id in ("
              + sub
              + ")",
          params,
          rs ->
              languages
                  .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                  .computeIfAbsent(rs.getString(3), k -> new TreeSet<>())
                  .add(Language.of(rs.getString(2))));
      query(
          c,
          "select need_id, pa_ref from register_hire where need_id in (" + sub + ")",
          params,
          rs ->
              hired
                  .computeIfAbsent(rs.getLong(1), k -> new TreeSet<>())
                  .add(PaId.of(rs.getString(2))));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the register's needs", e);
    }
    List<StoredNeed> out = new ArrayList<>();
    main.forEach(
        (id, r) -> {
          ContactDetails contact =
              r[5] == null
                  ? null
                  : new ContactDetails((String) r[5], (String) r[6], (String) r[7], null, null);
          Map<String, Set<Skill>> s = skills.getOrDefault(id, Map.of());
          Map<String, Set<Language>> l = languages.getOrDefault(id, Map.of());
          Need need =
              Need.describe(
                      NeedId.of((String) r[0]),
                      (String) r[2],
                      new Actor(ActorRole.valueOf((String) r[3]), (String) r[4]))
                  .budgetHolderContact(contact)
                  .area(PostcodeDistrict.of((String) r[8]))
                  .hours(WeeklySlots.ofMask((Long) r[9]))
                  .requiredSkills(s.getOrDefault("REQUIRED", Set.of()))
                  .preferredSkills(s.getOrDefault("PREFERRED", Set.of()))
                  .genderForPersonalCare(
                      r[10] == null ? null : Gender.valueOf((String) r[10]),
                      Importance.valueOf((String) r[11]))
                  .requiredLanguages(l.getOrDefault("REQUIRED", Set.of()))
                  .preferredLanguages(l.getOrDefault("PREFERRED", Set.of()))
                  .car(Importance.valueOf((String) r[12]))
                  .maximumRate(r[13] == null ? null : new HourlyRate((BigDecimal) r[13]))
                  .hired(hired.getOrDefault(id, Set.of()))
                  .status(NeedStatus.valueOf((String) r[14]))
                  .build();
          out.add(new StoredNeed(id, (Long) r[1], need));
        });
    return out;
  }

  // ---- introductions, contact views, hires --------------------------------------------------

  /** Inserts a new introduction or adds the steps it has beyond those stored. */
  public void saveIntroduction(long id, long needId, Introduction i) {
    long stored =
        queryLong("select count(*) from register_introduction_step where introduction_id = ?", id);
    if (stored == 0) {
      update(
          "insert into register_introduction (id, need_id, pa_ref, state) values (?,?,?,?)",
          id,
          needId,
          i.paId().value(),
          i.state().name());
    } else {
      update("update register_introduction set state = ? where id = ?", i.state().name(), id);
    }
    List<IntroductionStep> steps = i.steps();
    for (int n = (int) stored; n < steps.size(); n++) {
      IntroductionStep s = steps.get(n);
      update(
          "insert into register_introduction_step (introduction_id, step_no, state, by_role, by_ref, at_time, note)"
              + " values (?,?,?,?,?,?,?)",
          id,
          n,
          s.state().name(),
          s.by().role().name(),
          s.by().reference(),
          OffsetDateTime.ofInstant(s.at(), java.time.ZoneOffset.UTC),
          s.note());
    }
  }

  public Optional<StoredIntroduction> introduction(long id) {
    return introductions("i.id = ?", id).stream().findFirst();
  }

  public Optional<StoredIntroduction> introductionFor(long needId, String paRef) {
    return introductions("i.need_id = ? and i.pa_ref = ?", needId, paRef).stream().findFirst();
  }

  public List<StoredIntroduction> introductionsOfPa(String paRef) {
    return introductions("i.pa_ref = ?", paRef);
  }

  public List<StoredIntroduction> introductionsOfNeed(long needId) {
    return introductions("i.need_id = ?", needId);
  }

  private List<StoredIntroduction> introductions(String where, Object... params) {
    Map<Long, Object[]> main = new LinkedHashMap<>();
    Map<Long, List<IntroductionStep>> steps = new HashMap<>();
    try (Connection c = dataSource.getConnection()) {
      query(
          c,
          "select i.id, i.need_id, i.pa_ref, n.need_ref, a.reference from register_introduction i"
              + " join register_need n on n.id = i.need_id join dp_account a on a.id = n.account_id where "
              + where
              + " order by i.id",
          params,
          rs ->
              main.put(
                  rs.getLong(1),
                  new Object[] {rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)}));
      if (main.isEmpty()) {
        return List.of();
      }
      query(
          c,
          "select introduction_id, state, by_role, by_ref, at_time, note from register_introduction_step"
              + " where introduction_id in (select i.id from register_introduction i where "
              + where
              + ")"
              + " order by introduction_id, step_no",
          params,
          rs ->
              steps
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(
                      new IntroductionStep(
                          IntroductionState.valueOf(rs.getString(2)),
                          new Actor(ActorRole.valueOf(rs.getString(3)), rs.getString(4)),
                          rs.getObject(5, OffsetDateTime.class).toInstant(),
                          rs.getString(6))));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read introductions", e);
    }
    List<StoredIntroduction> out = new ArrayList<>();
    main.forEach(
        (id, r) ->
            out.add(
                new StoredIntroduction(
                    id,
                    (Long) r[0],
                    Introduction.restore(
                        IntroductionId.of(String.valueOf(id)),
                        NeedId.of((String) r[2]),
                        PaId.of((String) r[1]),
                        (String) r[3],
                        steps.get(id)))));
    return out;
  }

  public void logContactView(long introductionId, String whose, Actor viewer, OffsetDateTime at) {
    update(
        "insert into register_contact_view (id, introduction_id, whose, viewer_role, viewer, viewed_at)"
            + " values (?,?,?,?,?,?)",
        nextId(),
        introductionId,
        whose,
        viewer.role().name(),
        viewer.reference(),
        at);
  }

  public long contactViews(long introductionId) {
    return queryLong(
        "select count(*) from register_contact_view where introduction_id = ?", introductionId);
  }

  public void insertHire(
      long introductionId,
      long needId,
      String paRef,
      long employmentId,
      BigDecimal rate,
      LocalDate start,
      long slotsMask,
      String hiredBy,
      OffsetDateTime at) {
    update(
        "insert into register_hire (id, introduction_id, need_id, pa_ref, pa_employment_id, agreed_rate, start_date,"
            + " slots_mask, hired_by, hired_at) values (?,?,?,?,?,?,?,?,?,?)",
        nextId(),
        introductionId,
        needId,
        paRef,
        employmentId,
        rate,
        start,
        slotsMask,
        hiredBy,
        at);
  }

  // ---- JDBC plumbing -------------------------------------------------------------------------

  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private static void query(Connection c, String sql, Object[] params, RowReader reader)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setFetchSize(5000);
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          reader.read(rs);
        }
      }
    }
  }

  private long queryLong(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Register query failed: " + sql, e);
    }
  }

  private int update(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Register update failed: " + sql, e);
    }
  }

  private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p == null) {
        ps.setNull(i + 1, Types.NULL);
      } else if (p instanceof LocalDate || p instanceof OffsetDateTime) {
        ps.setObject(i + 1, p);
      } else {
        ps.setObject(i + 1, p);
      }
    }
  }
}
