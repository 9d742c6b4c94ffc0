/**
 * ProcessXml's `<list><type>offices</type></list>`: the companies the user may
 * use. Twinfield documents it as the one request that needs no company in the
 * OAuth header.
 */
export function listsOffices(xmlRequest: string): boolean {
	return /^\s*<list>\s*<type>\s*offices\s*<\/type>\s*<\/list>\s*$/i.test(xmlRequest);
}
