/**
 * Prepaid cards: a card provider's CSV export described per provider ({@link
 * org.dpsupport.monitoring.domain.model.card.CardFileFormat}), the transactions read from it, the
 * merchant category codes that place spending in the support plan's categories, and the refusals
 * that name the row at fault. A card's transactions are then reconciled like a statement's.
 */
package org.dpsupport.monitoring.domain.model.card;
