package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.dpsupport.kernel.Money;

/** What the budget holder says they spent on one category in a return. */
@Entity
@Table(name = "mon_return_spending")
@IdClass(ReturnSpendingEntity.Key.class)
public class ReturnSpendingEntity {

  /** Composite key: the return and the category. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long returnId;
    private String category;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && java.util.Objects.equals(returnId, k.returnId)
          && java.util.Objects.equals(category, k.category);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(returnId, category);
    }
  }

  @Id
  @Column(name = "return_id")
  private Long returnId;

  @Id
  @Column(name = "category")
  private String category;

  @Column(name = "amount")
  private Money amount;

  protected ReturnSpendingEntity() {}

  public ReturnSpendingEntity(Long returnId, String category, Money amount) {
    this.returnId = returnId;
    this.category = category;
    this.amount = amount;
  }

  public Long getReturnId() {
    return returnId;
  }

  public String getCategory() {
    return category;
  }

  public Money amount() {
    return amount;
  }
}
