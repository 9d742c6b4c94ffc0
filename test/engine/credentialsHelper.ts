/**
 * Hands nodes their decrypted credentials from a plain map, as n8n's own store
 * would, and runs a credential's `preAuthentication` and `authenticate` the way
 * n8n 2.41.1's CredentialsHelper does: only when the hidden expirable field is
 * empty or the call says the credentials expired, persisting the output.
 */
import {
	ICredentialsHelper,
	isExpression,
	type ICredentialDataDecryptedObject,
	type ICredentials,
	type ICredentialType,
	type IHttpRequestHelper,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type INodeProperties,
} from 'n8n-workflow';

import { TwentyFourSevenOfficeApi } from '../../credentials/TwentyFourSevenOfficeApi.credentials';
import { TwinfieldApi } from '../../credentials/TwinfieldApi.credentials';

/** Credential data by credential type, then by credential id. */
export type CredentialStore = Record<string, Record<string, ICredentialDataDecryptedObject>>;

const credentialTypes: Record<string, ICredentialType> = {
	twinfieldApi: new TwinfieldApi(),
	twentyFourSevenOfficeApi: new TwentyFourSevenOfficeApi(),
};

export class MapCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly store: CredentialStore) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(credentials: ICredentialDataDecryptedObject, type: string, request: IHttpRequestOptions) {
		const authenticate = credentialTypes[type]?.authenticate;
		return typeof authenticate === 'function' ? await authenticate(credentials, request) : request;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	) {
		const type = credentialTypes[typeName];
		const expirable = type?.properties.find((property) => property.type === 'hidden' && property.typeOptions?.expirable === true);
		if (!type?.preAuthentication || expirable === undefined) return undefined;
		if (credentials[expirable.name] !== '' && !credentialsExpired) return undefined;
		const output = await type.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined || !node.credentials) return undefined;
		const id = node.credentials[typeName]?.id ?? '';
		const stored = this.store[typeName]?.[id] ?? {};
		const persisted = { ...stored };
		for (const [key, value] of Object.entries(output)) {
			if (key === expirable.name || !isExpression(stored[key])) persisted[key] = value as ICredentialDataDecryptedObject[string];
		}
		await this.updateCredentials({ id, name: id }, typeName, persisted);
		return Object.assign(credentials, output);
	}

	async runPreAuthentication() {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used by these nodes');
	}

	async getDecrypted(
		_additionalData: unknown,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.store[type]?.[nodeCredentials.id ?? ''];
		if (!data) throw new Error(`No credential "${nodeCredentials.id}" of type ${type}`);
		// n8n fills in defaults, so a hidden field nobody set yet is '' (and preAuthentication runs).
		const defaults = Object.fromEntries((credentialTypes[type]?.properties ?? []).map((property) => [property.name, property.default]));
		return { ...defaults, ...data } as ICredentialDataDecryptedObject;
	}

	async updateCredentials(nodeCredentials: INodeCredentialsDetails, type: string, data: ICredentialDataDecryptedObject) {
		this.store[type] ??= {};
		this.store[type][nodeCredentials.id ?? ''] = { ...data };
	}

	async updateCredentialsOauthTokenData() {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return credentialTypes[type]?.properties ?? [];
	}
}
