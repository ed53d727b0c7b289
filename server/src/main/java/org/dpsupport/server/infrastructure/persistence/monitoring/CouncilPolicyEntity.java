package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A council's monitoring policy: contingency and return deadlines. */
@Entity
@Table(name = "mon_council_policy")
public class CouncilPolicyEntity {
    @Id
    @Column(name = "id")
    private Long id;
    @Column(name = "council_id")
    private Long councilId;
    @Column(name = "contingency_weeks")
    private Integer contingencyWeeks;
    @Column(name = "days_to_submit")
    private Integer daysToSubmit;
    @Column(name = "reminder_days_before")
    private Integer reminderDaysBefore;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCouncilId() {
        return councilId;
    }

    public CouncilPolicyEntity setCouncilId(Long councilId) {
        this.councilId = councilId;
        return this;
    }

    public Integer getContingencyWeeks() {
        return contingencyWeeks;
    }

    public CouncilPolicyEntity setContingencyWeeks(Integer contingencyWeeks) {
        this.contingencyWeeks = contingencyWeeks;
        return this;
    }

    public Integer getDaysToSubmit() {
        return daysToSubmit;
    }

    public CouncilPolicyEntity setDaysToSubmit(Integer daysToSubmit) {
        this.daysToSubmit = daysToSubmit;
        return this;
    }

    public Integer getReminderDaysBefore() {
        return reminderDaysBefore;
    }

    public CouncilPolicyEntity setReminderDaysBefore(Integer reminderDaysBefore) {
        this.reminderDaysBefore = reminderDaysBefore;
        return this;
    }

}
