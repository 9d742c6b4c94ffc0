/**
 * The emulated Twinfield administrations: offices and dimensions that
 * ProcessXml and the Finder answer from. Tests and the demo import these, so every value here is part of the emulator's contract.
 */

export interface TwinfieldOffice {
	readonly code: string;
	readonly name: string;
	readonly shortname: string;
}

export interface TwinfieldDimension {
	readonly office: string;
	readonly type: string;
	readonly code: string;
	readonly name: string;
	readonly shortname: string;
	readonly status: 'active' | 'hidden';
	readonly bankAccount?: string;
	readonly city?: string;
	readonly country?: string;
	readonly website?: string;
	readonly vatNumber?: string;
	readonly group?: string;
	readonly modified: string;
	readonly cocNumber?: string;
	readonly dueDays?: number;
	readonly postcode?: string;
	readonly street?: string;
	readonly email?: string;
}

/** The offices of the demo organisation; their codes are the companies SelectCompany accepts. */
export const twinfieldOffices: readonly TwinfieldOffice[] = [
	{ code: 'DEMO1', name: 'Demo company 1', shortname: 'Demo 1' },
	{ code: 'DEMO2', name: 'Demo company 2', shortname: 'Demo 2' },
];

function dimension(office: string, type: string, code: string, name: string, extra: Partial<TwinfieldDimension> = {}): TwinfieldDimension {
	return { office, type, code, name, shortname: '', status: 'active', modified: '20260105093000', ...extra };
}

const customers: TwinfieldDimension[] = [
	dimension('DEMO1', 'DEB', '1000', 'Acme B.V.', {
		shortname: 'ACME',
		bankAccount: 'NL91ABNA0417164300',
		city: 'Amsterdam',
		country: 'NL',
		website: 'https://acme.example',
		vatNumber: 'NL001234567B01',
		group: 'NL',
		modified: '20260112101500',
		cocNumber: '33012345',
		dueDays: 14,
		postcode: '1012 JS',
		street: 'Damrak 1',
		email: 'billing@acme.example',
	}),
	dimension('DEMO1', 'DEB', '1001', 'Bakkerij de Gouden Korst', { city: 'Utrecht', country: 'NL', group: 'NL' }),
	dimension('DEMO1', 'DEB', '1002', 'Café "De Smid" & Zonen', { city: 'Haarlem', country: 'NL', group: 'NL' }),
	dimension('DEMO1', 'DEB', '1003', 'Nordic Trading AS', { city: 'Oslo', country: 'NO', group: 'EXPORT' }),
	dimension('DEMO1', 'DEB', '1004', 'Oude Klant B.V.', { status: 'hidden', city: 'Delft', country: 'NL', modified: '20240301120000' }),
];

/** Twelve more customers, so that finder paging has pages to turn. */
const moreCustomers = Array.from({ length: 12 }, (_unused, index) =>
	dimension('DEMO1', 'DEB', String(1010 + index), `Customer ${String(index + 1).padStart(2, '0')} B.V.`, { city: 'Rotterdam', country: 'NL', group: 'NL' }),
);

export const twinfieldDimensions: readonly TwinfieldDimension[] = [
	...customers,
	...moreCustomers,
	dimension('DEMO1', 'CRD', '2000', 'Papier & Co', { city: 'Zwolle', country: 'NL' }),
	dimension('DEMO1', 'CRD', '2001', 'Energie Noord', { city: 'Groningen', country: 'NL' }),
	dimension('DEMO1', 'BAS', '1100', 'Bank'),
	dimension('DEMO1', 'BAS', '1300', 'Debiteuren'),
	dimension('DEMO1', 'PNL', '8000', 'Omzet'),
	dimension('DEMO1', 'PNL', '4000', 'Kantoorkosten'),
	dimension('DEMO1', 'BAS', '1600', 'Crediteuren'),
	dimension('DEMO1', 'PNL', '8020', 'Omzet diensten'),
	dimension('DEMO1', 'KPL', 'K100', 'Verkoop'),
	dimension('DEMO1', 'KPL', 'K200', 'Administratie'),
	dimension('DEMO1', 'PRJ', 'P0001', 'Website vernieuwing'),
	dimension('DEMO2', 'DEB', '1000', 'Zuid Holding', { city: 'Breda', country: 'NL' }),
	// The VAT accounts and the accounts of DEMO2 that transactions use.
	dimension('DEMO1', 'BAS', '1510', 'Te vorderen btw'),
	dimension('DEMO1', 'BAS', '1520', 'Af te dragen btw'),
	dimension('DEMO2', 'BAS', '1300', 'Debiteuren'),
	dimension('DEMO2', 'BAS', '1520', 'Af te dragen btw'),
	dimension('DEMO2', 'PNL', '8000', 'Omzet'),
];

/** Dimension types the demo offices use, with the names Twinfield shows for them. */
export const twinfieldDimensionTypes: Record<string, { name: string; level: number }> = {
	BAS: { name: 'Balance', level: 1 },
	PNL: { name: 'Profit and Loss', level: 1 },
	DEB: { name: 'Debtors', level: 2 },
	CRD: { name: 'Creditors', level: 2 },
	KPL: { name: 'Cost centers', level: 2 },
	PRJ: { name: 'Projects', level: 3 },
	AST: { name: 'Assets', level: 3 },
	ACT: { name: 'Activities', level: 3 },
};

/** The first year in which the demo offices accept postings without a warning. */
export const twinfieldOpenYear = 2026;

export function findOffice(code: string): TwinfieldOffice | undefined {
	return twinfieldOffices.find((office) => office.code === code);
}

export function dimensionName(office: string, code: string): string {
	return twinfieldDimensions.find((item) => item.office === office && item.code === code)?.name ?? '';
}
