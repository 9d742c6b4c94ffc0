/**
 * `GET <endpoint>?WSDL`, as an ASP.NET .asmx answers it, for the operations
 * generic SOAP clients are compared on: 24SevenOffice's Login and HasSession,
 * Twinfield's Logon (with its session header). Document/literal, SOAP 1.1,
 * shaped like the vendors' WSDLs but cut down to these operations.
 */
import type { Reply } from './types';
import { textReply } from './soap';

interface Operation {
	name: string;
	/** Schema elements of the request and the response. */
	request: string;
	response: string;
	/** Name of the SOAP header element the response carries, if any. */
	responseHeader?: string;
}

interface Description {
	service: string;
	namespace: string;
	/** Extra schema types and elements. */
	schema: string;
	operations: Operation[];
}

const TSO: Description = {
	service: 'Authenticate',
	namespace: 'http://24sevenOffice.com/webservices',
	schema: `
      <s:complexType name="Credential">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="ApplicationId" type="tns:guid" />
          <s:element minOccurs="1" maxOccurs="1" name="IdentityId" type="tns:guid" />
          <s:element minOccurs="0" maxOccurs="1" name="Username" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="Password" type="s:string" />
        </s:sequence>
      </s:complexType>
      <s:simpleType name="guid">
        <s:restriction base="s:string">
          <s:pattern value="[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}" />
        </s:restriction>
      </s:simpleType>`,
	operations: [
		{
			name: 'Login',
			request: '<s:element minOccurs="0" maxOccurs="1" name="credential" type="tns:Credential" />',
			response: '<s:element minOccurs="0" maxOccurs="1" name="LoginResult" type="s:string" />',
		},
		{
			name: 'HasSession',
			request: '',
			response: '<s:element minOccurs="1" maxOccurs="1" name="HasSessionResult" type="s:boolean" />',
		},
	],
};

const TWINFIELD: Description = {
	service: 'Session',
	namespace: 'http://www.twinfield.com/',
	schema: `
      <s:element name="Header" type="tns:Header" />
      <s:complexType name="Header">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="SessionID" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="AccessToken" type="s:string" />
        </s:sequence>
        <s:anyAttribute />
      </s:complexType>
      <s:simpleType name="LogonResult">
        <s:restriction base="s:string">
          ${['Ok', 'Blocked', 'Untrusted', 'Invalid', 'Deleted', 'Disabled', 'OrganisationInactive', 'ClientInvalid', 'Failed', 'TokenInvalid', 'NoAvailableCompanies', 'OAuth2AuthenticationRequired'].map((value) => `<s:enumeration value="${value}" />`).join('\n          ')}
        </s:restriction>
      </s:simpleType>
      <s:simpleType name="LogonAction">
        <s:restriction base="s:string">
          <s:enumeration value="None" /><s:enumeration value="SMSLogon" /><s:enumeration value="ChangePassword" />
        </s:restriction>
      </s:simpleType>`,
	operations: [
		{
			name: 'Logon',
			request: ['user', 'password', 'organisation']
				.map((name) => `<s:element minOccurs="0" maxOccurs="1" name="${name}" type="s:string" />`)
				.join('\n            '),
			response: [
				'<s:element minOccurs="1" maxOccurs="1" name="LogonResult" type="tns:LogonResult" />',
				'<s:element minOccurs="1" maxOccurs="1" name="nextAction" type="tns:LogonAction" />',
				'<s:element minOccurs="0" maxOccurs="1" name="cluster" type="s:string" />',
			].join('\n            '),
			responseHeader: 'Header',
		},
	],
};

/** By endpoint path, lower case like the hosts' routing. */
const DESCRIPTIONS: Record<string, Description> = {
	'/authenticate/v001/authenticate.asmx': TSO,
	'/webservices/session.asmx': TWINFIELD,
};

/** True for `?WSDL` in any letter case, as IIS accepts it. */
export function asksForWsdl(requestUrl: string | undefined): boolean {
	const query = (requestUrl ?? '').split('?')[1];
	return query !== undefined && query.toLowerCase() === 'wsdl';
}

/** The WSDL of the endpoint at `path`, pointing at `location`; undefined where none is served. */
export function wsdlReply(path: string, location: string): Reply | undefined {
	const description = DESCRIPTIONS[path];
	return description && textReply(200, 'text/xml; charset=utf-8', renderWsdl(description, location));
}

function renderWsdl(d: Description, location: string): string {
	const elements = d.operations
		.map((op) => [wrapper(op.name, op.request), wrapper(`${op.name}Response`, op.response)].join(''))
		.join('');
	const messages = d.operations
		.map(
			(op) => `
  <wsdl:message name="${op.name}SoapIn"><wsdl:part name="parameters" element="tns:${op.name}" /></wsdl:message>
  <wsdl:message name="${op.name}SoapOut"><wsdl:part name="parameters" element="tns:${op.name}Response" /></wsdl:message>${
		op.responseHeader
			? `
  <wsdl:message name="${op.name}${op.responseHeader}"><wsdl:part name="${op.responseHeader}" element="tns:${op.responseHeader}" /></wsdl:message>`
			: ''
	}`,
		)
		.join('');
	const portOperations = d.operations
		.map(
			(op) => `
    <wsdl:operation name="${op.name}">
      <wsdl:input message="tns:${op.name}SoapIn" />
      <wsdl:output message="tns:${op.name}SoapOut" />
    </wsdl:operation>`,
		)
		.join('');
	const bindingOperations = d.operations
		.map(
			(op) => `
    <wsdl:operation name="${op.name}">
      <soap:operation soapAction="${d.namespace}${d.namespace.endsWith('/') ? '' : '/'}${op.name}" style="document" />
      <wsdl:input><soap:body use="literal" /></wsdl:input>
      <wsdl:output>${
				op.responseHeader
					? `<soap:header message="tns:${op.name}${op.responseHeader}" part="${op.responseHeader}" use="literal" />`
					: ''
			}<soap:body use="literal" /></wsdl:output>
    </wsdl:operation>`,
		)
		.join('');
	return `<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:s="http://www.w3.org/2001/XMLSchema" xmlns:tns="${d.namespace}" xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" targetNamespace="${d.namespace}">
  <wsdl:types>
    <s:schema elementFormDefault="qualified" targetNamespace="${d.namespace}">${elements}${d.schema}
    </s:schema>
  </wsdl:types>${messages}
  <wsdl:portType name="${d.service}Soap">${portOperations}
  </wsdl:portType>
  <wsdl:binding name="${d.service}Soap" type="tns:${d.service}Soap">
    <soap:binding transport="http://schemas.xmlsoap.org/soap/http" />${bindingOperations}
  </wsdl:binding>
  <wsdl:service name="${d.service}">
    <wsdl:port name="${d.service}Soap" binding="tns:${d.service}Soap">
      <soap:address location="${location}" />
    </wsdl:port>
  </wsdl:service>
</wsdl:definitions>
`;
}

function wrapper(name: string, content: string): string {
	const body = content ? `<s:complexType><s:sequence>\n            ${content}\n          </s:sequence></s:complexType>` : '<s:complexType />';
	return `
      <s:element name="${name}">
        ${body}
      </s:element>`;
}
