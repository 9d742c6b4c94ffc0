/**
 * ProcessXml's `<list><type>offices</type></list>`: the companies the user may
 * use. Twinfield documents it as the one request that needs no company in the
 * OAuth header.
 */
import { twinfieldCompanies } from './seed';
import { escapeXml } from './xml';

export function listsOffices(xmlRequest: string): boolean {
	return /^\s*<list>\s*<type>\s*offices\s*<\/type>\s*<\/list>\s*$/i.test(xmlRequest);
}

export function officesAnswer(): string {
	const offices = twinfieldCompanies.map(
		(code, index) => `<office name="${escapeXml(`Demo company ${index + 1}`)}" shortname="${escapeXml(`Demo ${index + 1}`)}">${escapeXml(code)}</office>`,
	);
	return `<offices result="1">${offices.join('')}</offices>`;
}
