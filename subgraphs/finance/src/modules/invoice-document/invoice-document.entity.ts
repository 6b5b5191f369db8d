import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Row of `finance.invoice_documents`: the PDF of one issued invoice or credit note, exactly as issued
 * (migration 1733700500000: never updated nor deleted; the hash and size are checked by PostgreSQL).
 */
@Entity({ schema: 'finance', name: 'invoice_documents' })
export class InvoiceDocumentEntity {
  /** The invoice (or credit note) the document is of. */
  @PrimaryColumn({ name: 'invoice_id', type: 'uuid' })
  invoiceId: string;

  /** The language it is printed in: 'fr' for a Québec recipient, 'en' otherwise. */
  @Column({ type: 'varchar', length: 2 })
  language: 'en' | 'fr';

  /** Hex SHA-256 of `content` (64 characters). */
  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** The PDF file's bytes. */
  @Column({ type: 'bytea' })
  content: Buffer;

  /** Bytes in `content`. */
  @Column({ name: 'byte_size', type: 'integer' })
  byteSize: number;

  /** When it was rendered and stored (UTC): in the issuing transaction. */
  @Column({ name: 'rendered_at', type: 'timestamptz' })
  renderedAt: Date;
}
