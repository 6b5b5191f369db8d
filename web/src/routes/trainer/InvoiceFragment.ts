import { getFragmentData, graphql, type FragmentType } from '../../__generated__';
import type { InvoiceRoute_InvoiceFragment } from '../../__generated__/graphql';

/** Everything the invoice page shows; every mutation of the page answers with it, so the page follows. */
export const InvoiceRoute_invoice = graphql(`
  fragment InvoiceRoute_invoice on Invoice {
    id
    invoiceNumber
    invoiceType
    documentType
    status
    invoiceDate
    dueDate
    periodStart
    periodEnd
    subtotal
    total
    amountPaid
    balanceDue
    placeOfSupply
    language
    notes
    issuedAt
    sentAt
    paidAt
    approvedAt
    voidedAt
    voidReason
    taxLines {
      tax
      jurisdiction
      name
      rate
      base
      amount
    }
    notices {
      code
      message
    }
    items {
      id
      description
      quantity
      unitPrice
      amount
      kind
      category
      serviceDate
      attendees
      billingBasis
      location {
        id
        name
      }
    }
    payments {
      id
      amount
      paymentDate
      paymentMethod
      referenceNumber
      status
      recordedByParty
    }
    creditedInvoice {
      id
      invoiceNumber
    }
    creditNotes {
      id
      invoiceNumber
      invoiceDate
      total
      status
    }
    trainer {
      id
      displayName
      timeZone
      billingProfile {
        businessName
        gstHstNumber
        qstNumber
        pstNumbers {
          province
          number
        }
        address {
          street
          line2
          city
          province
          postalCode
        }
      }
    }
    studio {
      id
      name
      timeZone
      businessNumber
      address {
        street
        line2
        city
        province
        postalCode
      }
    }
    client {
      id
      displayName
    }
  }
`);

export type InvoiceDetail = InvoiceRoute_InvoiceFragment;
/** Read the page's fragment from a mutation's answer (Apollo's cache has updated the page already). */
export const invoiceDetail = (fragment: FragmentType<typeof InvoiceRoute_invoice>) => getFragmentData(InvoiceRoute_invoice, fragment);

/** The zone an invoice's calendar days are in: its studio's, or the trainer's home zone for a client invoice. */
export const invoiceZone = (invoice: Pick<InvoiceDetail, 'studio' | 'trainer'>) => invoice.studio?.timeZone ?? invoice.trainer.timeZone;
