/**
 * Hands nodes their credentials from a plain map, and does with them what n8n's
 * own CredentialsHelper (n8n 2.41.1, dist/credentials-helper.js) does:
 * defaults for fields not stored, `authenticate`, and `preAuthentication` with
 * the hidden expirable field, its output written back to the store when the
 * node has the credential set. The map plays n8n's credentials table, so a
 * session stored in one run is there in the next.
 */
import {
	ICredentialsHelper,
	type ICredentialDataDecryptedObject,
	type ICredentials,
	type ICredentialType,
	type IHttpRequestHelper,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type INodeProperties,
} from 'n8n-workflow';

import { credentialTypes } from './credentialTypes';

/** Credential data by credential type, then by credential id. */
export type CredentialStore = Record<string, Record<string, ICredentialDataDecryptedObject>>;

export class MapCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly store: CredentialStore) {
		super();
	}

	private type(name: string): ICredentialType {
		const type = credentialTypes[name];
		if (!type) throw new Error(`Unknown credential type ${name}`);
		return type;
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(credentials: ICredentialDataDecryptedObject, typeName: string, request: IHttpRequestOptions) {
		const { authenticate } = this.type(typeName);
		if (typeof authenticate === 'function') return await authenticate(credentials, request);
		if (authenticate) throw new Error('Declarative authenticate is not used by these credentials');
		return request;
	}

	/** As n8n: only with a hidden expirable field; runs when it is empty, expired, or in a credential test. */
	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.type(typeName);
		const expirable = type.properties.find((property) => property.type === 'hidden' && property.typeOptions?.expirable === true);
		if (expirable === undefined || typeof type.preAuthentication !== 'function') return undefined;
		const isTestingCredentials = node?.parameters?.temp === '' && node?.type === 'n8n-nodes-base.noOp';
		if (credentials[expirable.name] !== '' && !credentialsExpired && !isTestingCredentials) return undefined;
		const output = (await type.preAuthentication.call(helpers, credentials)) as ICredentialDataDecryptedObject;
		if (output[expirable.name] === undefined) return undefined;
		const stored = node.credentials?.[typeName];
		if (!stored) return undefined;
		// n8n merges the output into the stored data, keeping fields stored as expressions.
		const data = this.stored(stored, typeName);
		for (const [key, value] of Object.entries(output)) {
			if (key === expirable.name || !(typeof data[key] === 'string' && data[key].startsWith('='))) data[key] = value;
		}
		await this.updateCredentials(stored, typeName, data);
		return Object.assign(credentials, output);
	}

	async runPreAuthentication() {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used by these nodes');
	}

	private stored(nodeCredentials: INodeCredentialsDetails, type: string): ICredentialDataDecryptedObject {
		const data = this.store[type]?.[nodeCredentials.id ?? ''];
		if (!data) throw new Error(`No credential "${nodeCredentials.id}" of type ${type}`);
		return { ...data };
	}

	/** As n8n's applyDefaultsAndOverwrites: a field never stored reads as its default. */
	async getDecrypted(
		_additionalData: unknown,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.stored(nodeCredentials, type);
		for (const property of this.type(type).properties) {
			if (data[property.name] === undefined) data[property.name] = property.default as ICredentialDataDecryptedObject[string];
		}
		return data;
	}

	async updateCredentials(nodeCredentials: INodeCredentialsDetails, type: string, data: ICredentialDataDecryptedObject) {
		this.store[type][nodeCredentials.id ?? ''] = { ...data };
	}

	async updateCredentialsOauthTokenData() {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.type(type).properties;
	}
}
