// TimelineFunctions on Azure: everything `azd provision` creates.
// Subscription-scoped (like the azd Functions quickstarts): it creates the resource group, tagged
// azd-env-name, and deploys the modules under infra/app/ into it.
// See docs/deploy.md for what is verified locally and what only a real deployment proves.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; it seeds the resource names and tags every resource.')
param environmentName string

@minLength(1)
@description('Region for every resource. It must offer the Flex Consumption plan.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object id of the deploying user or service principal; it gets blob/queue/table data roles. Empty: none.')
param principalId string = ''

@description('Principal type of principalId: User for a person, ServicePrincipal for CI.')
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param principalType string = 'User'

@description('Optional explicit resource group name (default rg-<environmentName>).')
param resourceGroupName string = ''

@description('Flex Consumption instance memory in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Flex Consumption maximum instance count.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}

var functionAppName = '${abbrs.webSitesFunctions}${resourceToken}'
// Flex reads the deployment package from this container (created here, written by azd deploy).
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'
var articlesContainerName = 'articles'
var tableNames = [
  'timeline'
  'stories'
  'receipts'
]

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}api-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    containerNames: [
      deploymentContainerName
      articlesContainerName
    ]
    tableNames: tableNames
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    managedIdentityPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
    userPrincipalType: principalType
  }
}

module api 'app/api.bicep' = {
  name: 'api'
  scope: rg
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
    serviceName: 'api'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    storageAccountName: storage.outputs.name
    storageBlobEndpoint: storage.outputs.primaryBlobEndpoint
    storageQueueEndpoint: storage.outputs.primaryQueueEndpoint
    storageTableEndpoint: storage.outputs.primaryTableEndpoint
    deploymentContainerName: deploymentContainerName
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
  }
  // The host starts as soon as the app exists; give it its storage and telemetry roles first.
  dependsOn: [
    rbac
  ]
}

module eventGrid 'app/eventgrid.bicep' = {
  name: 'eventgrid'
  scope: rg
  params: {
    name: '${abbrs.eventGridDomainsTopics}articles-${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
  }
}

// Outputs become azd environment values (and environment variables of the hooks).
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = api.outputs.name
output SERVICE_API_NAME string = api.outputs.name
output SERVICE_API_URI string = 'https://${api.outputs.defaultHostName}'
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output STORAGE_BLOB_SERVICE_URI string = storage.outputs.primaryBlobEndpoint
output STORAGE_TABLE_SERVICE_URI string = storage.outputs.primaryTableEndpoint
output ARTICLES_CONTAINER_NAME string = articlesContainerName
output DEPLOYMENT_CONTAINER_NAME string = deploymentContainerName
output EVENTGRID_SYSTEM_TOPIC_NAME string = eventGrid.outputs.name
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
