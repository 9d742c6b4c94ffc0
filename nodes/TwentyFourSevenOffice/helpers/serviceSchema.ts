/** What the reader knows of 24SevenOffice's answers from the WSDLs: lists, numbers, booleans, dates. */
/*
 * Elements not named here are read as they come: text, and arrays where an
 * element repeats.
 */
import type { ReadSchema, ValueType } from '../../shared/soap/json';

/**
 * Every element of the services in the Service list whose type is an
 * "ArrayOf…", with the name of its entries. Read from the WSDLs; names used
 * for a list in one service and a record in another (EmailAddresses,
 * PhoneNumbers) are left out.
 */
export const TSO_LISTS: Record<string, string> = {
	accountList: 'AccountData',
	accountNos: 'short',
	Bundles: 'Bundle',
	CheckAccountNoResult: 'AccountDataErrors',
	Children: 'Group',
	companies: 'Company',
	CompanyIds: 'int',
	customerCategories: 'KeyValuePair',
	CustomerIds: 'int',
	Customers: 'int',
	DeleteCompaniesResult: 'Company',
	DeleteCustomerCategoriesResult: 'APIException',
	DeleteMapsResult: 'CompanyMap',
	DeleteProductsResult: 'Product',
	DeleteRelationsResult: 'Relation',
	Dimensions: 'Dimension',
	dimensions: 'Dimension',
	Entries: 'Entry',
	entryItems: 'EntryItem',
	ExternalStatus: 'int',
	FaxNumberList: 'FaxNumber',
	GetAccountListResult: 'AccountData',
	GetAggregatedResult: 'AggregatedData',
	GetAllNotesResult: 'NoteData',
	GetAllPriceListsResult: 'ProductPriceList',
	GetCategoryListResult: 'Category',
	GetCompaniesResult: 'Company',
	GetCRMGroupsResult: 'Group',
	GetCurrencyListResult: 'Currency',
	GetCustomerCategoriesResult: 'int',
	GetCustomerCategoryTreeResult: 'KeyValuePair',
	GetDeactivatedProjectNameListResult: 'ProjectShort',
	GetDeactivatedProjectsResult: 'Project',
	GetDeliveryMethodsResult: 'DeliveryMethod',
	GetDepartmentListResult: 'Department',
	GetDiscountMatrixCategoryResult: 'Discount',
	GetDiscountMatrixPriceGroupResult: 'Discount',
	GetFiscalYearsResult: 'FiscalYear',
	GetIndustriesResult: 'KeyValuePair',
	GetInvoicesResult: 'InvoiceOrder',
	GetInvoiceTemplatesResult: 'TemplateModel',
	GetMyProjectTasksResult: 'Task',
	GetNotesResult: 'NoteData',
	GetOrderSyncListResult: 'int',
	GetPaymentMethodsResult: 'PaymentMethod',
	GetPersonArrayCategoryListResult: 'PersonCategories',
	GetPersonCategoryListResult: 'int',
	GetPersonIdsByUserNameResult: 'long',
	GetPersonsDetailedResult: 'PersonItem',
	GetPersonsResult: 'PersonItem',
	GetPipeLinesResult: 'KeyValuePair',
	GetPriceListResult: 'KeyValuePair',
	GetProductsResult: 'Product',
	GetProjectListResult: 'Project',
	GetProjectNameListResult: 'ProjectShort',
	GetProjectParticipantsResult: 'ProjectParticipants',
	GetProjectRolesResult: 'Role',
	GetProjectsDetailedResult: 'Project',
	GetProjectStatusesResult: 'Status',
	GetProjectTasksResult: 'Task',
	GetProjectTypesResult: 'KeyValuePair',
	GetRelationsChangedAfterResult: 'RelationData',
	GetRelationsResult: 'RelationData',
	GetStatusesResult: 'KeyValuePair',
	GetTaxCodeListResult: 'TaxCodeElement',
	GetTransactionsResult: 'Transaction',
	GetTransactionTypesResult: 'TransactionType',
	GetTypeGroupListResult: 'AccountingGroup',
	GetTypeListResult: 'TypeData',
	GetUserDefinedDimensionsResult: 'Dimension',
	GetUserDefinedDimensionValuesResult: 'Dimension',
	GetUsersResult: 'User',
	GetVatTypeListResult: 'VatType',
	IgnoreWarnings: 'string',
	InvoiceIds: 'int',
	invoiceReturnProperties: 'string',
	InvoiceRows: 'InvoiceRow',
	invoices: 'InvoiceOrder',
	Items: 'SyncCompany',
	LineIds: 'guid',
	Links: 'LinkModel',
	Maps: 'CompanyMap',
	maps: 'CompanyMap',
	Members: 'GroupMember',
	OrderIds: 'int',
	OrderStates: 'OrderSlipStateType',
	Periods: 'KeyValuePair',
	personIds: 'int',
	ProductIds: 'int',
	products: 'Product',
	ProjectIds: 'int',
	relations: 'Relation',
	Relations: 'Relation',
	returnProperties: 'string',
	rowReturnProperties: 'string',
	SaveCategoriesResult: 'Category',
	SaveCompaniesResult: 'Company',
	SaveCustomerCategoriesResult: 'APIException',
	SaveInvoicesResult: 'InvoiceOrder',
	SaveMapsResult: 'CompanyMap',
	SaveProductsResult: 'Product',
	SaveRelationsResult: 'Relation',
	UpdateEntryDueDateResult: 'EntryItem',
	UpdateInvoicesResult: 'InvoiceOrder',
	UserDefinedDimensions: 'UserDefinedDimension',
	Vouchers: 'Voucher',
};

const NUMBERS = [
	'Id', 'CompanyId', 'ContactId', 'CustomerId', 'Status', 'PriceList', 'Owner', 'TermsOfDeliveryId', 'AccountDebit',
	'AccountCredit', 'Discount', 'TypeGroup', 'ShareCapital', 'NumberOfEmployees', 'Turnover', 'Profit', 'IndustryId',
	'MemberNo', 'PaymentTime', 'LedgerCustomerAccount', 'LedgerSupplierAccount', 'RoleId', 'MapType',
	'AccountId', 'AccountNo', 'AccountTax', 'TaxNo', 'YearId', 'TransactionNo', 'Sort', 'SequenceId', 'Amount',
	'VatAmount', 'BaseRate', 'CurrencyRate', 'CurrencyUnit', 'DepartmentId', 'ProjectId', 'StampNo', 'Period',
	'TransactionTypeId', 'VatCode', 'LinkId', 'SequenceNo', 'VatDividend', 'OrderId', 'InvoiceId', 'Price', 'Quantity',
	'Cost', 'InStock', 'CategoryId', 'ProductId', 'OrderTotalIncVat', 'OrderTotalVat',
];

const BOOLEANS = [
	'BlockInvoice', 'Factoring', 'Private', 'ExplicitlySpecifyNewCompanyId', 'AllowDifference', 'DirectLedger',
	'BundleDirectAccounting', 'UseAutoBaseRate', 'Hidden', 'Open', 'HasVatDividend', 'IncludeVAT', 'IsCurrent', 'IsDefault',
	'ShowContact', 'ShowCompany',
];

const DATES = ['DateChanged', 'DateCreated', 'IncorporationDate', 'Date', 'DueDate', 'PeriodDate', 'RegistrationDate', 'DateInvoiced', 'DateOrdered'];

function typed(names: string[], type: ValueType): Record<string, ValueType> {
	return Object.fromEntries(names.map((name) => [name, type]));
}

/**
 * Authenticate's Identity, at every level: its flags are booleans, the IDs of
 * its User (Id, ContactId, EmployeeId) and Client (Id) numbers. An identity's
 * own Id is a GUID: no number, so it stays text.
 */
export const TSO_IDENTITY_SCHEMA: ReadSchema = {
	types: {
		...typed(['IsCurrent', 'IsDefault', 'IsProtected', 'IsDisabled'], 'boolean'),
		...typed(['Id', 'ContactId', 'EmployeeId'], 'number'),
	},
};

export const TSO_READ_SCHEMA: ReadSchema = {
	lists: Object.keys(TSO_LISTS),
	types: { ...typed(NUMBERS, 'number'), ...typed(BOOLEANS, 'boolean'), ...typed(DATES, 'date') },
};
