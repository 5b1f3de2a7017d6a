// Flex Consumption (FC1, Linux) plan and the function app: the .NET isolated worker app
// src/TimelineFunctions.Functions, published with `dotnet publish` (framework-dependent).
// - Runtime `dotnet-isolated` 10.0: Flex runs the worker with its own .NET 10 runtime. No
//   FUNCTIONS_WORKER_RUNTIME app setting: Flex takes the runtime from functionAppConfig.runtime and
//   rejects that setting.
// - Deployment package: a blob container read with the user-assigned identity.
// - Every storage connection is identity-based (the user-assigned identity, no keys):
//   AzureWebJobsStorage (host storage, and the RecordPoisonedArticle queue trigger), ArticlesStorage (the
//   IngestArticle blob trigger: blobs plus the queue the blob extension writes its poison messages to) and
//   Storage__* (the app's own Azure.Storage.Blobs / Azure.Data.Tables clients, DefaultAzureCredential).

param name string
param planName string
param location string
param tags object = {}

@description('azd service name; azd finds the app to deploy to by the azd-service-name tag.')
param serviceName string = 'api'

param identityId string
param identityClientId string

param applicationInsightsConnectionString string

@description('Name of the storage account (host storage, articles and tables all live in it).')
param storageAccountName string

param storageBlobEndpoint string
param storageQueueEndpoint string
param storageTableEndpoint string
param deploymentContainerName string

@description('Flex instance memory size in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@secure()
@minLength(22)
@description('The secret that seals the timeline\'s paging tokens (app setting Api__PagingTokenKey).')
param pagingTokenKey string

@description('Anonymous: anyone may read; Key: reads need a function key too (app setting Api__ReadAccess).')
@allowed([
  'Anonymous'
  'Key'
])
param readAccess string = 'Anonymous'

@secure()
@description('With readAccess Key: the read keys, separated by \';\' (app setting Api__ReadKeys).')
param readKeys string = ''

@description('Upper limit of instances the app can scale out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: [
        // Host storage (AzureWebJobsStorage), identity-based: the host derives the blob, queue and table
        // endpoints from the account name. RecordPoisonedArticle's queue trigger uses this connection too.
        {
          name: 'AzureWebJobsStorage__accountName'
          value: storageAccountName
        }
        {
          name: 'AzureWebJobsStorage__credential'
          value: 'managedidentity'
        }
        {
          name: 'AzureWebJobsStorage__clientId'
          value: identityClientId
        }
        // The IngestArticle blob trigger's connection (Connection = "ArticlesStorage"). With service URIs the
        // blob extension needs the queue endpoint as well (its poison queue, webjobs-blobtrigger-poison).
        {
          name: 'ArticlesStorage__blobServiceUri'
          value: storageBlobEndpoint
        }
        {
          name: 'ArticlesStorage__queueServiceUri'
          value: storageQueueEndpoint
        }
        {
          name: 'ArticlesStorage__credential'
          value: 'managedidentity'
        }
        {
          name: 'ArticlesStorage__clientId'
          value: identityClientId
        }
        // The app's own storage clients (Azure.Storage.Blobs / Azure.Data.Tables + DefaultAzureCredential,
        // which picks the user-assigned identity through AZURE_CLIENT_ID).
        {
          name: 'Storage__BlobServiceUri'
          value: storageBlobEndpoint
        }
        {
          name: 'Storage__TableServiceUri'
          value: storageTableEndpoint
        }
        {
          name: 'AZURE_CLIENT_ID'
          value: identityClientId
        }
        // The HTTP API: the paging-token key (generated per deployment by main.bicep) and who may read.
        {
          name: 'Api__PagingTokenKey'
          value: pagingTokenKey
        }
        {
          name: 'Api__ReadAccess'
          value: readAccess
        }
        {
          name: 'Api__ReadKeys'
          value: readKeys
        }
        // Application Insights with Entra ID (local auth is disabled on the component).
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: applicationInsightsConnectionString
        }
        {
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'ClientId=${identityClientId};Authorization=AAD'
        }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

output name string = functionApp.name
output id string = functionApp.id
output defaultHostName string = functionApp.properties.defaultHostName
output planName string = plan.name
