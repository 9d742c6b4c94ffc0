/** The emulated Twinfield books: daybooks, VAT codes, closed periods, and the transactions seeded in them. */

export type LineType = 'total' | 'detail' | 'vat';
export type Side = 'debit' | 'credit';
export type MatchStatus = 'available' | 'matched' | 'proposed' | 'notmatchable';

export interface StoredLine {
	id: number;
	type: LineType;
	dim1: string;
	dim2?: string;
	dim3?: string;
	debitCredit: Side;
	/** In cents, always positive; the side says debit or credit. */
	cents: number;
	vatCode?: string;
	description?: string;
	invoiceNumber?: string;
	matchStatus: MatchStatus;
	/** In cents, signed like the line (debit positive); only on matchable lines. */
	openCents?: number;
	modified: string;
}

export interface StoredTransaction {
	office: string;
	code: string;
	number: number;
	/** `YYYY/PP`. */
	period: string;
	/** `YYYYMMDD`. */
	date: string;
	currency: string;
	location: 'temporary' | 'final';
	invoiceNumber?: string;
	dueDate?: string;
	origin: 'import' | 'manual';
	user: string;
	inputDate: string;
	modified: string;
	lines: StoredLine[];
}

/** The daybooks (transaction types) of every demo office, with the VAT type their lines must use. */
export const twinfieldDaybooks: Record<string, { name: string; kind: 'journal' | 'sales' | 'purchase' }> = {
	MEMO: { name: 'Memoriaal', kind: 'journal' },
	VRK: { name: 'Verkoopboek', kind: 'sales' },
	INK: { name: 'Inkoopboek', kind: 'purchase' },
};

/** VAT codes: their type, rate in percent, and the balance sheet account their VAT lines go to. */
export const twinfieldVatCodes: Record<string, { type: 'sales' | 'purchase'; percent: number; account: string }> = {
	VH: { type: 'sales', percent: 21, account: '1520' },
	VL: { type: 'sales', percent: 9, account: '1520' },
	VN: { type: 'sales', percent: 0, account: '1520' },
	IH: { type: 'purchase', percent: 21, account: '1510' },
	IL: { type: 'purchase', percent: 9, account: '1510' },
	IN: { type: 'purchase', percent: 0, account: '1510' },
};

/** Accounts receivable and payable: a line on them needs a customer (DEB) or a supplier (CRD) as dim2. */
export const twinfieldRelationAccounts: Record<string, 'DEB' | 'CRD'> = { '1300': 'DEB', '1600': 'CRD' };

/** Periods closed per office: no transaction may be booked in them. */
export const twinfieldClosedPeriods: Record<string, string[]> = { DEMO1: ['2026/01'] };

/** Where a transaction dated in a closed year goes. */
export const twinfieldFirstOpenPeriod: Record<string, string> = { DEMO1: '2026/02', DEMO2: '2026/01' };

export const EMULATOR_USER = 'DEMO';

type SeedLine = [LineType, string, string | undefined, Side, number, string?];

function seed(
	office: string,
	code: string,
	number: number,
	date: string,
	lines: SeedLine[],
	extra: { invoiceNumber?: string; dueDate?: string; matched?: boolean; modified: string },
): StoredTransaction {
	return {
		office,
		code,
		number,
		period: `${date.slice(0, 4)}/${date.slice(4, 6)}`,
		date,
		currency: 'EUR',
		location: 'final',
		invoiceNumber: extra.invoiceNumber,
		dueDate: extra.dueDate,
		origin: 'import',
		user: EMULATOR_USER,
		inputDate: extra.modified,
		modified: extra.modified,
		lines: lines.map(([type, dim1, dim2, debitCredit, amount, vatCode], index) => {
			const cents = Math.round(amount * 100);
			const matchable = dim2 !== undefined && twinfieldRelationAccounts[dim1] !== undefined;
			const signed = debitCredit === 'debit' ? cents : -cents;
			return {
				id: index + 1,
				type,
				dim1,
				dim2,
				debitCredit,
				cents,
				vatCode,
				invoiceNumber: matchable ? extra.invoiceNumber : undefined,
				matchStatus: matchable ? (extra.matched ? 'matched' : 'available') : 'notmatchable',
				openCents: matchable ? (extra.matched ? 0 : signed) : undefined,
				modified: extra.modified,
			};
		}),
	};
}

/**
 * The seeded transactions: four sales invoices (one paid, one credit note),
 * a purchase invoice and a journal entry in DEMO1, one sales invoice in DEMO2.
 */
export function seededTransactions(): StoredTransaction[] {
	return [
		seed('DEMO1', 'VRK', 202600001, '20260110', [['total', '1300', '1000', 'debit', 1210], ['detail', '8000', undefined, 'credit', 1000, 'VH'], ['vat', '1520', undefined, 'credit', 210, 'VH']], {
			invoiceNumber: 'F2026-001',
			dueDate: '20260209',
			matched: true,
			modified: '20260110090000',
		}),
		seed('DEMO1', 'VRK', 202600002, '20260120', [['total', '1300', '1001', 'debit', 484.5], ['detail', '8000', undefined, 'credit', 400.41, 'VH'], ['vat', '1520', undefined, 'credit', 84.09, 'VH']], {
			invoiceNumber: 'F2026-002',
			dueDate: '20260219',
			modified: '20260120100000',
		}),
		seed('DEMO1', 'VRK', 202600003, '20260205', [['total', '1300', '1000', 'debit', 363], ['detail', '8000', undefined, 'credit', 300, 'VH'], ['vat', '1520', undefined, 'credit', 63, 'VH']], {
			invoiceNumber: 'F2026-003',
			dueDate: '20260307',
			modified: '20260205110000',
		}),
		seed('DEMO1', 'VRK', 202600004, '20260302', [['total', '1300', '1003', 'credit', 121], ['detail', '8000', undefined, 'debit', 100, 'VH'], ['vat', '1520', undefined, 'debit', 21, 'VH']], {
			invoiceNumber: 'C2026-001',
			dueDate: '20260401',
			modified: '20260302120000',
		}),
		seed('DEMO1', 'INK', 202600001, '20260212', [['total', '1600', '2000', 'credit', 605], ['detail', '4000', undefined, 'debit', 500, 'IH'], ['vat', '1510', undefined, 'debit', 105, 'IH']], {
			invoiceNumber: 'PC-7781',
			dueDate: '20260314',
			modified: '20260213080000',
		}),
		seed('DEMO1', 'MEMO', 202600001, '20260228', [['detail', '4000', undefined, 'debit', 250], ['detail', '1100', undefined, 'credit', 250]], { modified: '20260301070000' }),
		seed('DEMO2', 'VRK', 202600001, '20260115', [['total', '1300', '1000', 'debit', 50], ['detail', '8000', undefined, 'credit', 41.32, 'VH'], ['vat', '1520', undefined, 'credit', 8.68, 'VH']], {
			invoiceNumber: 'Z-001',
			dueDate: '20260214',
			modified: '20260115090000',
		}),
	];
}
