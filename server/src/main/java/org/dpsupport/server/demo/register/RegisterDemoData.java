package org.dpsupport.server.demo.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.dpsupport.register.demo.DemoRegister;
import org.dpsupport.register.domain.model.area.PostcodeDistrict;
import org.dpsupport.register.domain.model.need.Importance;
import org.dpsupport.register.domain.model.need.Need;
import org.dpsupport.register.domain.model.need.NeedId;
import org.dpsupport.register.domain.model.people.Actor;
import org.dpsupport.register.domain.model.people.ContactDetails;
import org.dpsupport.register.domain.model.profile.Gender;
import org.dpsupport.register.domain.model.profile.HourlyRate;
import org.dpsupport.register.domain.model.profile.Language;
import org.dpsupport.register.domain.model.profile.PaId;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.profile.PartOfDay;
import org.dpsupport.register.domain.model.profile.ProfileText;
import org.dpsupport.register.domain.model.profile.Skill;
import org.dpsupport.register.domain.model.profile.WeeklySlots;
import org.dpsupport.register.domain.model.vetting.DbsCheck;
import org.dpsupport.register.domain.model.vetting.DbsLevel;
import org.dpsupport.register.domain.model.vetting.Reference;
import org.dpsupport.register.domain.model.vetting.RightToWorkCheck;
import org.dpsupport.register.domain.model.vetting.TrainingRecord;
import org.dpsupport.register.domain.model.vetting.VettingPolicy;
import org.dpsupport.register.domain.model.vetting.VettingRecord;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.application.SignInService;
import org.dpsupport.server.demo.DemoDataSet;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.UserAccountEntity;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore;
import org.dpsupport.server.security.Role;

/**
 * The register's demo: about 200 PAs across Barking and Dagenham's postcode districts (RM6-RM10,
 * IG11) in every vetting state, an approved profile for the demo PA, and a need with matches for
 * the demo budget holder.
 */
@ApplicationScoped
public class RegisterDemoData implements DemoDataSet {

  private static final Logger LOG = Logger.getLogger(RegisterDemoData.class.getName());
  static final int PAS = 200;

  /**
   * A budget holder whose direct payment has not started yet, looking at the register: no account,
   * no needs.
   */
  public static final DemoUsers.DemoUser NEW_HOLDER =
      new DemoUsers.DemoUser("newholder@demo.dpsupport.org", "Kwame Boateng", Role.BUDGET_HOLDER);

  /** The demo PA's profile id. */
  public static final String DEMO_PA_REF = "PA-900001";

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  @Inject RegisterStore store;

  @Inject AuditLog audit;

  @Inject SignInService signIn;

  @Inject Clock clock;

  @Override
  public int order() {
    return 10;
  }

  @Override
  @Transactional
  public void loadIfAbsent() {
    if (store.profileByRef(DEMO_PA_REF).isPresent()) {
      LOG.info("Register demo data already present");
      return;
    }
    LocalDate today = LocalDate.now(clock);
    OffsetDateTime now = OffsetDateTime.now(clock);
    DemoRegister demo = DemoRegister.generate(7L, PAS, today);
    long id = 1;
    for (PaProfile profile : demo.profiles()) {
      store.insertProfile(id++, null, profile, now);
    }
    em.persist(
        new UserAccountEntity(
            NEW_HOLDER.username(),
            NEW_HOLDER.displayName(),
            signIn.hash(DemoUsers.PASSWORD.toCharArray()),
            EnumSet.of(NEW_HOLDER.role()),
            null,
            null,
            now));
    em.flush();
    UserAccountEntity pa = user(DemoUsers.PA.username());
    store.insertProfile(900001L, pa.getId(), demoPa(today), now);

    UserAccountEntity holder = user(DemoUsers.HOLDER.username());
    DirectPaymentAccountEntity account =
        em.createQuery(
                "select a from DirectPaymentAccountEntity a where a.reference = 'DP-BDG-0001'",
                DirectPaymentAccountEntity.class)
            .getSingleResult();
    List<DayOfWeek> weekdays =
        List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY);
    Need need =
        Need.describe(
                NeedId.of("NEED-900001"),
                account.getReference(),
                Actor.budgetHolder(holder.getUsername()))
            .budgetHolderContact(
                new ContactDetails(
                    account.getRecipientName(), holder.getUsername(), "020 8215 3000", null, null))
            .area(PostcodeDistrict.of("RM10"))
            .hours(
                WeeklySlots.every(weekdays, PartOfDay.MORNING)
                    .plus(WeeklySlots.every(List.of(DayOfWeek.SATURDAY), PartOfDay.MORNING)))
            .requiredSkills(EnumSet.of(Skill.PERSONAL_CARE))
            .preferredSkills(EnumSet.of(Skill.DEMENTIA, Skill.COOKING))
            .genderForPersonalCare(Gender.FEMALE, Importance.PREFERRED)
            .maximumRate(HourlyRate.of("14.50"))
            .build();
    store.insertNeed(900001L, account.getId(), need, now);
    audit.record(
        "system", "DEMO_DATA_LOADED", "Register", null, (PAS + 1) + " PA profiles and one need");
    LOG.info("Register demo data loaded: " + (PAS + 1) + " PA profiles");
  }

  /**
   * Priya Shah, the demo PA: approved, every check in date, working in RM8-RM10 on weekday mornings
   * and afternoons.
   */
  private PaProfile demoPa(LocalDate today) {
    VettingRecord evidence =
        VettingRecord.empty()
            .withDbs(
                DbsCheck.onUpdateService(
                    DbsLevel.ENHANCED_WITH_ADULT_BARRED_LIST,
                    today.minusMonths(10),
                    today.minusMonths(1)))
            .withRightToWork(RightToWorkCheck.unlimited(today.minusMonths(11)))
            .withReference(
                Reference.verified(
                    "Sunrise Home Care (former employer)",
                    today.minusMonths(11),
                    today.minusMonths(11)))
            .withReference(
                Reference.verified(
                    "Revd. A. Mensah (character)", today.minusMonths(11), today.minusMonths(10)))
            .withTraining(TrainingRecord.completed("Care Certificate", today.minusYears(2)))
            .withTraining(TrainingRecord.completed("Safeguarding adults", today.minusMonths(14)))
            .withTraining(TrainingRecord.completed("Medication awareness", today.minusMonths(14)))
            .withCodeOfConductAgreedOn(today.minusMonths(11));
    List<DayOfWeek> weekdays =
        List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY);
    PaProfile draft =
        PaProfile.draft(
                PaId.of(DEMO_PA_REF),
                new ContactDetails(
                    "Priya Shah", DemoUsers.PA.username(), "07700 900901", null, null))
            .areas(
                Set.of(
                    PostcodeDistrict.of("RM8"),
                    PostcodeDistrict.of("RM9"),
                    PostcodeDistrict.of("RM10")))
            .availability(WeeklySlots.every(weekdays, PartOfDay.MORNING, PartOfDay.AFTERNOON))
            .skills(
                EnumSet.of(Skill.PERSONAL_CARE, Skill.MEDICATION, Skill.DEMENTIA, Skill.COOKING))
            .languages(Set.of(Language.of("Gujarati")))
            .gender(Gender.FEMALE)
            .rateSought(HourlyRate.of("13.75"))
            .about(
                ProfileText.of(
                    "Eight years supporting older people at home in Dagenham, many living with dementia."))
            .vetting(evidence)
            .build();
    Actor staff = Actor.registerStaff(DemoUsers.ADMIN.username());
    return draft
        .submit(Actor.personalAssistant(DemoUsers.PA.username()), today.minusMonths(11))
        .approve(staff, today.minusMonths(10), VettingPolicy.standard());
  }

  private UserAccountEntity user(String username) {
    return em.createNamedQuery("UserAccount.byUsername", UserAccountEntity.class)
        .setParameter("username", username)
        .getSingleResult();
  }
}
