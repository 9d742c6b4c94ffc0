/** Hands nodes their decrypted credentials from a plain map, as n8n's own store would. */
import {
	ICredentialsHelper,
	type ICredentialDataDecryptedObject,
	type ICredentials,
	type ICredentialType,
	type IHttpRequestOptions,
	type INodeCredentialsDetails,
	type INodeProperties,
} from 'n8n-workflow';

import { TwinfieldOAuth2Api } from '../../credentials/TwinfieldOAuth2Api.credentials';

/** Credential data by credential type, then by credential id. */
export type CredentialStore = Record<string, Record<string, ICredentialDataDecryptedObject>>;

/** Credential types that extend another (n8n-core asks, e.g. to route OAuth 2 requests). */
const EXTENDING_TYPES: ICredentialType[] = [new TwinfieldOAuth2Api()];

export class MapCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly store: CredentialStore) {
		super();
	}

	/** Each OAuth 2 token n8n-core stored after a refresh, in order. */
	readonly storedTokens: ICredentialDataDecryptedObject[] = [];

	getParentTypes(type: string): string[] {
		return EXTENDING_TYPES.find((item) => item.name === type)?.extends ?? [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(_credentials: ICredentialDataDecryptedObject, _type: string, request: IHttpRequestOptions) {
		return request;
	}

	async preAuthentication() {
		return undefined;
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
		// As n8n does: the type's defaults (hidden fields such as grantType and scope) under the stored data.
		const defaults = Object.fromEntries(
			(EXTENDING_TYPES.find((item) => item.name === type)?.properties ?? []).map((property) => [property.name, property.default]),
		);
		return { ...defaults, ...data } as ICredentialDataDecryptedObject;
	}

	async updateCredentials() {}

	/** What n8n-core calls after refreshing a token: it is written back, as n8n writes it to its database. */
	async updateCredentialsOauthTokenData(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	) {
		const stored = this.store[type]?.[nodeCredentials.id ?? ''];
		if (!stored) throw new Error(`No credential "${nodeCredentials.id}" of type ${type}`);
		stored.oauthTokenData = data.oauthTokenData;
		this.storedTokens.push(data.oauthTokenData as ICredentialDataDecryptedObject);
	}

	getCredentialsProperties(): INodeProperties[] {
		return [];
	}
}
