/** A 24SevenOffice person sent back whole by an update: what the service set is left out, the lists keep their entries. */
import { contactOutput, personFields } from '../../nodes/TwentyFourSevenOffice/helpers/person';
import { parseXml } from '../../nodes/shared/soap/xml';

const NS = 'http://24sevenOffice.com/webservices';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

test('an update sends back what it read, without what the service sets, nil values or stray list entries', () => {
	const person = parseXml(
		`<PersonItem xmlns="${NS}" xmlns:xsi="${XSI}"><Id>7</Id><FirstName>Kari</FirstName><Nickname xsi:nil="true"/><DateChanged>2026-01-01T00:00:00</DateChanged><DateRegistered>2025-01-01T00:00:00</DateRegistered><RelationData><X>1</X></RelationData>` +
			'<EmailAddresses><EmailAddress><Value>kari@example.no</Value><Type>Work</Type></EmailAddress><Note>stray</Note></EmailAddresses>' +
			'<PhoneNumbers><PhoneNumber><Value>+47 1</Value></PhoneNumber><PhoneNumber><Value>+47 2</Value></PhoneNumber></PhoneNumbers>' +
			'<PostAddress><Street>Gate 1</Street><City>Oslo</City></PostAddress><Password>secret-portal</Password></PersonItem>',
	);
	expect(personFields(person)).toEqual({
		Id: '7',
		FirstName: 'Kari',
		EmailAddresses: { EmailAddress: [{ Value: 'kari@example.no', Type: 'Work' }] },
		PhoneNumbers: { PhoneNumber: [{ Value: '+47 1' }, { Value: '+47 2' }] },
		PostAddress: { Street: 'Gate 1', City: 'Oslo' },
		Password: 'secret-portal',
	});
	expect(contactOutput(person)).not.toHaveProperty('Password');
});
