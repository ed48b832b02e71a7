import sodium from 'libsodium-wrappers';

/**
 * Encrypts a value for the GitHub secrets API: an anonymous libsodium sealed box
 * (crypto_box_seal) to the repository/environment/org public key, base64 (original variant)
 * as GitHub documents it. Only GitHub, holding the private key, can open it.
 */
export async function sealForGitHub(value: string, publicKeyBase64: string): Promise<string> {
  await sodium.ready;
  let pk: Uint8Array;
  try {
    pk = sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL);
  } catch {
    throw new Error('the public key from the secrets API is not base64');
  }
  if (pk.length !== sodium.crypto_box_PUBLICKEYBYTES) {
    throw new Error(`the public key from the secrets API has ${pk.length} bytes, expected ${sodium.crypto_box_PUBLICKEYBYTES}`);
  }
  const sealed = sodium.crypto_box_seal(sodium.from_string(value), pk);
  return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}
