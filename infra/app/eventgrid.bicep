// Event Grid system topic on the storage account. Only the topic is created here: the subscription
// (BlobCreated on the `articles` container -> the Functions host's blobs webhook) needs the
// `blobs_extension` system key, which exists only after the code is deployed and the host has loaded
// the blob-trigger function. scripts/hooks/postdeploy.sh creates it (azd postdeploy hook).
// A storage account can have only one system topic.

param name string
param location string
param tags object = {}
param storageAccountName string

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2022-06-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = systemTopic.name
output id string = systemTopic.id
