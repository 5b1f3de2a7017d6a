// The user-assigned managed identity the function app runs as (host storage, deployment package,
// the blob trigger's connection, the app's storage SDK clients through AZURE_CLIENT_ID + DefaultAzureCredential,
// App Insights).

param name string
param location string
param tags object = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output principalId string = identity.properties.principalId
output clientId string = identity.properties.clientId
