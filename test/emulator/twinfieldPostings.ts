/** What Twinfield books by itself: a final sales invoice's posting in the sales daybook, and a payment matched against an open item. */
/*
 * A final invoice is posted as a sales transaction whose customer line (1300)
 * carries the invoice number and is an open item, stamped with the service's
 * clock like any booking. Matching a payment in full makes the open item's
 * line `matched` with nothing left open; a part payment lowers its open
 * amount and leaves it `available`. Either moves the line's own stamp
 * (fin.trs.line.modified) and not the transaction's (fin.trs.head.modified):
 * the sources show matching on the line stamp and leave the head stamp open,
 * so the likeliest reading is that the booked transaction itself is not changed.
 */
import { changeLog } from './changeLog';
import { serviceClock, twinfieldStamp as minuteStamp } from './clock';
import { bookPosted, storedTransactions } from './twinfieldTransactions';
import { EMULATOR_USER, twinfieldRelationAccounts, type LineType, type Side } from './twinfieldTransactionData';

export interface InvoicePosting {
	office: string;
	code: string;
	number: number;
	/** `YYYYMMDD`. */
	date: string;
	/** `YYYY/PP`. */
	period: string;
	dueDate: string;
	currency: string;
	invoiceNumber: string;
	/** Values in euros, positive; the side says debit or credit. */
	lines: Array<{ type: LineType; dim1: string; dim2: string; debitCredit: Side; value: number; vatCode: string }>;
}

/** Books a final invoice's posting as the books hold transactions. */
export function bookInvoicePosting(posting: InvoicePosting): void {
	const at = serviceClock.now();
	const stamp = minuteStamp(at);
	bookPosted(
		{
			office: posting.office,
			code: posting.code,
			number: posting.number,
			period: posting.period,
			date: posting.date,
			currency: posting.currency,
			location: 'final',
			invoiceNumber: posting.invoiceNumber,
			dueDate: posting.dueDate,
			origin: 'import',
			user: EMULATOR_USER,
			inputDate: stamp,
			modified: stamp,
			lines: posting.lines.map((line, index) => {
				const cents = Math.round(line.value * 100);
				const matchable = line.dim2 !== '' && twinfieldRelationAccounts[line.dim1] !== undefined;
				return {
					id: index + 1,
					type: line.type,
					dim1: line.dim1,
					dim2: line.dim2 || undefined,
					debitCredit: line.debitCredit,
					cents,
					vatCode: line.vatCode || undefined,
					invoiceNumber: matchable ? posting.invoiceNumber : undefined,
					matchStatus: matchable ? 'available' : 'notmatchable',
					openCents: matchable ? (line.debitCredit === 'debit' ? cents : -cents) : undefined,
					modified: stamp,
				};
			}),
		},
		at,
	);
}

/**
 * Matches a payment of `paidCents` (positive) against the open item of
 * `office`'s customer or supplier with `invoiceNumber`, as a user of
 * Twinfield's matching would; returns the line's match status after it.
 */
export function matchPayment(office: string, relation: string, invoiceNumber: string, paidCents: number): string {
	for (const transaction of storedTransactions()) {
		if (transaction.office !== office) continue;
		const line = transaction.lines.find((item) => item.dim2 === relation && item.invoiceNumber === invoiceNumber && item.matchStatus === 'available' && item.openCents !== undefined);
		if (line === undefined || line.openCents === undefined) continue;
		const at = serviceClock.now();
		const open = line.openCents;
		const left = Math.sign(open) * Math.max(0, Math.abs(open) - paidCents);
		line.openCents = left;
		if (left === 0) line.matchStatus = 'matched';
		line.modified = minuteStamp(at);
		changeLog.record({ service: 'twinfield', kind: line.matchStatus === 'matched' ? 'openItemPaid' : 'openItemPartPaid', key: `${office}/${transaction.code}/${transaction.number}/${line.id}`, action: 'updated' }, at, line.modified);
		return line.matchStatus;
	}
	throw new Error(`no open item ${invoiceNumber} of ${relation} in ${office}`);
}
