import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace voxring. */
export namespace voxring {

    /** Namespace v1. */
    namespace v1 {

        /** ContentType enum. */
        enum ContentType {

            /** CONTENT_TYPE_UNSPECIFIED value */
            CONTENT_TYPE_UNSPECIFIED = 0,

            /** VOICE value */
            VOICE = 1,

            /** TEXT value */
            TEXT = 2,

            /** IMAGE value */
            IMAGE = 3,

            /** LOCATION value */
            LOCATION = 4
        }

        /** MessageState enum. */
        enum MessageState {

            /** MESSAGE_STATE_UNSPECIFIED value */
            MESSAGE_STATE_UNSPECIFIED = 0,

            /** LIVE value */
            LIVE = 1,

            /** COMPLETE value */
            COMPLETE = 2,

            /** INTERRUPTED value */
            INTERRUPTED = 3,

            /** RECALLED value */
            RECALLED = 4,

            /** EXPIRED value */
            EXPIRED = 5
        }

        /** ReceiptKind enum. */
        enum ReceiptKind {

            /** RECEIPT_KIND_UNSPECIFIED value */
            RECEIPT_KIND_UNSPECIFIED = 0,

            /** DELIVERED value */
            DELIVERED = 1,

            /** HEARD value */
            HEARD = 2
        }

        /** ListenMode enum. */
        enum ListenMode {

            /** LISTEN_MODE_UNSPECIFIED value */
            LISTEN_MODE_UNSPECIFIED = 0,

            /** NORMAL value */
            NORMAL = 1,

            /** IGNORE value */
            IGNORE = 2,

            /** SCREEN value */
            SCREEN = 3
        }

        /** TimelineEventType enum. */
        enum TimelineEventType {

            /** TIMELINE_EVENT_TYPE_UNSPECIFIED value */
            TIMELINE_EVENT_TYPE_UNSPECIFIED = 0,

            /** MESSAGE_NEW value */
            MESSAGE_NEW = 1,

            /** MESSAGE_ENDED value */
            MESSAGE_ENDED = 2,

            /** CONVERSATION_CHANGED value */
            CONVERSATION_CHANGED = 3,

            /** CONVERSATION_LEFT value */
            CONVERSATION_LEFT = 4,

            /** MESSAGE_RECALLED value */
            MESSAGE_RECALLED = 5,

            /** MESSAGE_EXPIRED value */
            MESSAGE_EXPIRED = 6
        }

        /**
         * Properties of an OpusParams.
         * @deprecated Use voxring.v1.OpusParams.$Properties instead.
         */
        interface IOpusParams extends voxring.v1.OpusParams.$Properties {
        }

        /** Represents an OpusParams. */
        class OpusParams {

            /**
             * Constructs a new OpusParams.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.OpusParams.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OpusParams sampleRate. */
            sampleRate: number;

            /** OpusParams channels. */
            channels: number;

            /** OpusParams frameDurationUs. */
            frameDurationUs: number;

            /** OpusParams preSkip. */
            preSkip: number;

            /**
             * Creates a new OpusParams instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OpusParams instance
             */
            static create(properties: voxring.v1.OpusParams.$Shape): voxring.v1.OpusParams & voxring.v1.OpusParams.$Shape;
            static create(properties?: voxring.v1.OpusParams.$Properties): voxring.v1.OpusParams;

            /**
             * Encodes the specified OpusParams message. Does not implicitly {@link voxring.v1.OpusParams.verify|verify} messages.
             * @param message OpusParams message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.OpusParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OpusParams message, length delimited. Does not implicitly {@link voxring.v1.OpusParams.verify|verify} messages.
             * @param message OpusParams message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.OpusParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OpusParams message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.OpusParams & voxring.v1.OpusParams.$Shape} OpusParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.OpusParams & voxring.v1.OpusParams.$Shape;

            /**
             * Decodes an OpusParams message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.OpusParams & voxring.v1.OpusParams.$Shape} OpusParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.OpusParams & voxring.v1.OpusParams.$Shape;

            /**
             * Verifies an OpusParams message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OpusParams message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OpusParams
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.OpusParams;

            /**
             * Creates a plain object from an OpusParams message. Also converts values to other types if specified.
             * @param message OpusParams
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.OpusParams, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OpusParams to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OpusParams
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OpusParams {

            /** Properties of an OpusParams. */
            interface $Properties {

                /** OpusParams sampleRate */
                sampleRate?: (number|null);

                /** OpusParams channels */
                channels?: (number|null);

                /** OpusParams frameDurationUs */
                frameDurationUs?: (number|null);

                /** OpusParams preSkip */
                preSkip?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OpusParams. */
            type $Shape = voxring.v1.OpusParams.$Properties;
        }

        /**
         * Properties of a MessageHeader.
         * @deprecated Use voxring.v1.MessageHeader.$Properties instead.
         */
        interface IMessageHeader extends voxring.v1.MessageHeader.$Properties {
        }

        /** Represents a MessageHeader. */
        class MessageHeader {

            /**
             * Constructs a new MessageHeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.MessageHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MessageHeader messageId. */
            messageId: string;

            /** MessageHeader conversationId. */
            conversationId: string;

            /** MessageHeader senderId. */
            senderId: string;

            /** MessageHeader senderName. */
            senderName: string;

            /** MessageHeader contentType. */
            contentType: voxring.v1.ContentType;

            /** MessageHeader opus. */
            opus?: (voxring.v1.OpusParams.$Properties|null);

            /** MessageHeader startedAtMs. */
            startedAtMs: number;

            /** MessageHeader endedAtMs. */
            endedAtMs: number;

            /** MessageHeader durationMs. */
            durationMs: number;

            /** MessageHeader chunkCount. */
            chunkCount: number;

            /** MessageHeader byteCount. */
            byteCount: number;

            /** MessageHeader state. */
            state: voxring.v1.MessageState;

            /** MessageHeader text. */
            text: string;

            /** MessageHeader forUserId. */
            forUserId: string;

            /** MessageHeader forUsername. */
            forUsername: string;

            /** MessageHeader location. */
            location?: (voxring.v1.Location.$Properties|null);

            /** MessageHeader image. */
            image?: (voxring.v1.ImageInfo.$Properties|null);

            /**
             * Creates a new MessageHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MessageHeader instance
             */
            static create(properties: voxring.v1.MessageHeader.$Shape): voxring.v1.MessageHeader & voxring.v1.MessageHeader.$Shape;
            static create(properties?: voxring.v1.MessageHeader.$Properties): voxring.v1.MessageHeader;

            /**
             * Encodes the specified MessageHeader message. Does not implicitly {@link voxring.v1.MessageHeader.verify|verify} messages.
             * @param message MessageHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.MessageHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MessageHeader message, length delimited. Does not implicitly {@link voxring.v1.MessageHeader.verify|verify} messages.
             * @param message MessageHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.MessageHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MessageHeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.MessageHeader & voxring.v1.MessageHeader.$Shape} MessageHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.MessageHeader & voxring.v1.MessageHeader.$Shape;

            /**
             * Decodes a MessageHeader message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.MessageHeader & voxring.v1.MessageHeader.$Shape} MessageHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.MessageHeader & voxring.v1.MessageHeader.$Shape;

            /**
             * Verifies a MessageHeader message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MessageHeader message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MessageHeader
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.MessageHeader;

            /**
             * Creates a plain object from a MessageHeader message. Also converts values to other types if specified.
             * @param message MessageHeader
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.MessageHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MessageHeader to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MessageHeader
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MessageHeader {

            /** Properties of a MessageHeader. */
            interface $Properties {

                /** MessageHeader messageId */
                messageId?: (string|null);

                /** MessageHeader conversationId */
                conversationId?: (string|null);

                /** MessageHeader senderId */
                senderId?: (string|null);

                /** MessageHeader senderName */
                senderName?: (string|null);

                /** MessageHeader contentType */
                contentType?: (voxring.v1.ContentType|null);

                /** MessageHeader opus */
                opus?: (voxring.v1.OpusParams.$Properties|null);

                /** MessageHeader startedAtMs */
                startedAtMs?: (number|null);

                /** MessageHeader endedAtMs */
                endedAtMs?: (number|null);

                /** MessageHeader durationMs */
                durationMs?: (number|null);

                /** MessageHeader chunkCount */
                chunkCount?: (number|null);

                /** MessageHeader byteCount */
                byteCount?: (number|null);

                /** MessageHeader state */
                state?: (voxring.v1.MessageState|null);

                /** MessageHeader text */
                text?: (string|null);

                /** MessageHeader forUserId */
                forUserId?: (string|null);

                /** MessageHeader forUsername */
                forUsername?: (string|null);

                /** MessageHeader location */
                location?: (voxring.v1.Location.$Properties|null);

                /** MessageHeader image */
                image?: (voxring.v1.ImageInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MessageHeader. */
            type $Shape = voxring.v1.MessageHeader.$Properties;
        }

        /**
         * Properties of a Location.
         * @deprecated Use voxring.v1.Location.$Properties instead.
         */
        interface ILocation extends voxring.v1.Location.$Properties {
        }

        /** Represents a Location. */
        class Location {

            /**
             * Constructs a new Location.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.Location.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Location latitudeE7. */
            latitudeE7: number;

            /** Location longitudeE7. */
            longitudeE7: number;

            /** Location accuracyM. */
            accuracyM: number;

            /** Location formattedAddress. */
            formattedAddress: string;

            /**
             * Creates a new Location instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Location instance
             */
            static create(properties: voxring.v1.Location.$Shape): voxring.v1.Location & voxring.v1.Location.$Shape;
            static create(properties?: voxring.v1.Location.$Properties): voxring.v1.Location;

            /**
             * Encodes the specified Location message. Does not implicitly {@link voxring.v1.Location.verify|verify} messages.
             * @param message Location message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.Location.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Location message, length delimited. Does not implicitly {@link voxring.v1.Location.verify|verify} messages.
             * @param message Location message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.Location.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Location message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.Location & voxring.v1.Location.$Shape} Location
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.Location & voxring.v1.Location.$Shape;

            /**
             * Decodes a Location message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.Location & voxring.v1.Location.$Shape} Location
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.Location & voxring.v1.Location.$Shape;

            /**
             * Verifies a Location message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Location message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Location
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.Location;

            /**
             * Creates a plain object from a Location message. Also converts values to other types if specified.
             * @param message Location
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.Location, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Location to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Location
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Location {

            /** Properties of a Location. */
            interface $Properties {

                /** Location latitudeE7 */
                latitudeE7?: (number|null);

                /** Location longitudeE7 */
                longitudeE7?: (number|null);

                /** Location accuracyM */
                accuracyM?: (number|null);

                /** Location formattedAddress */
                formattedAddress?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Location. */
            type $Shape = voxring.v1.Location.$Properties;
        }

        /**
         * Properties of an ImageInfo.
         * @deprecated Use voxring.v1.ImageInfo.$Properties instead.
         */
        interface IImageInfo extends voxring.v1.ImageInfo.$Properties {
        }

        /** Represents an ImageInfo. */
        class ImageInfo {

            /**
             * Constructs a new ImageInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.ImageInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ImageInfo type. */
            type: string;

            /** ImageInfo width. */
            width: number;

            /** ImageInfo height. */
            height: number;

            /** ImageInfo source. */
            source: string;

            /** ImageInfo thumbnailBytes. */
            thumbnailBytes: number;

            /** ImageInfo imageBytes. */
            imageBytes: number;

            /**
             * Creates a new ImageInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ImageInfo instance
             */
            static create(properties: voxring.v1.ImageInfo.$Shape): voxring.v1.ImageInfo & voxring.v1.ImageInfo.$Shape;
            static create(properties?: voxring.v1.ImageInfo.$Properties): voxring.v1.ImageInfo;

            /**
             * Encodes the specified ImageInfo message. Does not implicitly {@link voxring.v1.ImageInfo.verify|verify} messages.
             * @param message ImageInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.ImageInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ImageInfo message, length delimited. Does not implicitly {@link voxring.v1.ImageInfo.verify|verify} messages.
             * @param message ImageInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.ImageInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ImageInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.ImageInfo & voxring.v1.ImageInfo.$Shape} ImageInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.ImageInfo & voxring.v1.ImageInfo.$Shape;

            /**
             * Decodes an ImageInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.ImageInfo & voxring.v1.ImageInfo.$Shape} ImageInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.ImageInfo & voxring.v1.ImageInfo.$Shape;

            /**
             * Verifies an ImageInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ImageInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ImageInfo
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.ImageInfo;

            /**
             * Creates a plain object from an ImageInfo message. Also converts values to other types if specified.
             * @param message ImageInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.ImageInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ImageInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ImageInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageInfo {

            /** Properties of an ImageInfo. */
            interface $Properties {

                /** ImageInfo type */
                type?: (string|null);

                /** ImageInfo width */
                width?: (number|null);

                /** ImageInfo height */
                height?: (number|null);

                /** ImageInfo source */
                source?: (string|null);

                /** ImageInfo thumbnailBytes */
                thumbnailBytes?: (number|null);

                /** ImageInfo imageBytes */
                imageBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ImageInfo. */
            type $Shape = voxring.v1.ImageInfo.$Properties;
        }

        /**
         * Properties of a Participant.
         * @deprecated Use voxring.v1.Participant.$Properties instead.
         */
        interface IParticipant extends voxring.v1.Participant.$Properties {
        }

        /** Represents a Participant. */
        class Participant {

            /**
             * Constructs a new Participant.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.Participant.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Participant userId. */
            userId: string;

            /** Participant username. */
            username: string;

            /**
             * Creates a new Participant instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Participant instance
             */
            static create(properties: voxring.v1.Participant.$Shape): voxring.v1.Participant & voxring.v1.Participant.$Shape;
            static create(properties?: voxring.v1.Participant.$Properties): voxring.v1.Participant;

            /**
             * Encodes the specified Participant message. Does not implicitly {@link voxring.v1.Participant.verify|verify} messages.
             * @param message Participant message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.Participant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Participant message, length delimited. Does not implicitly {@link voxring.v1.Participant.verify|verify} messages.
             * @param message Participant message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.Participant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Participant message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.Participant & voxring.v1.Participant.$Shape} Participant
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.Participant & voxring.v1.Participant.$Shape;

            /**
             * Decodes a Participant message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.Participant & voxring.v1.Participant.$Shape} Participant
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.Participant & voxring.v1.Participant.$Shape;

            /**
             * Verifies a Participant message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Participant message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Participant
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.Participant;

            /**
             * Creates a plain object from a Participant message. Also converts values to other types if specified.
             * @param message Participant
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.Participant, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Participant to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Participant
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Participant {

            /** Properties of a Participant. */
            interface $Properties {

                /** Participant userId */
                userId?: (string|null);

                /** Participant username */
                username?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Participant. */
            type $Shape = voxring.v1.Participant.$Properties;
        }

        /**
         * Properties of a Conversation.
         * @deprecated Use voxring.v1.Conversation.$Properties instead.
         */
        interface IConversation extends voxring.v1.Conversation.$Properties {
        }

        /** Represents a Conversation. */
        class Conversation {

            /**
             * Constructs a new Conversation.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.Conversation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Conversation conversationId. */
            conversationId: string;

            /** Conversation name. */
            name: string;

            /** Conversation isGroup. */
            isGroup: boolean;

            /** Conversation participants. */
            participants: voxring.v1.Participant.$Properties[];

            /** Conversation createdAtMs. */
            createdAtMs: number;

            /** Conversation retentionMs. */
            retentionMs: number;

            /**
             * Creates a new Conversation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Conversation instance
             */
            static create(properties: voxring.v1.Conversation.$Shape): voxring.v1.Conversation & voxring.v1.Conversation.$Shape;
            static create(properties?: voxring.v1.Conversation.$Properties): voxring.v1.Conversation;

            /**
             * Encodes the specified Conversation message. Does not implicitly {@link voxring.v1.Conversation.verify|verify} messages.
             * @param message Conversation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.Conversation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Conversation message, length delimited. Does not implicitly {@link voxring.v1.Conversation.verify|verify} messages.
             * @param message Conversation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.Conversation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Conversation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.Conversation & voxring.v1.Conversation.$Shape} Conversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.Conversation & voxring.v1.Conversation.$Shape;

            /**
             * Decodes a Conversation message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.Conversation & voxring.v1.Conversation.$Shape} Conversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.Conversation & voxring.v1.Conversation.$Shape;

            /**
             * Verifies a Conversation message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Conversation message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Conversation
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.Conversation;

            /**
             * Creates a plain object from a Conversation message. Also converts values to other types if specified.
             * @param message Conversation
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.Conversation, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Conversation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Conversation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Conversation {

            /** Properties of a Conversation. */
            interface $Properties {

                /** Conversation conversationId */
                conversationId?: (string|null);

                /** Conversation name */
                name?: (string|null);

                /** Conversation isGroup */
                isGroup?: (boolean|null);

                /** Conversation participants */
                participants?: (voxring.v1.Participant.$Properties[]|null);

                /** Conversation createdAtMs */
                createdAtMs?: (number|null);

                /** Conversation retentionMs */
                retentionMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Conversation. */
            type $Shape = voxring.v1.Conversation.$Properties;
        }

        /**
         * Properties of a Hello.
         * @deprecated Use voxring.v1.Hello.$Properties instead.
         */
        interface IHello extends voxring.v1.Hello.$Properties {
        }

        /** Represents a Hello. */
        class Hello {

            /**
             * Constructs a new Hello.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.Hello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Hello token. */
            token: string;

            /** Hello deviceId. */
            deviceId: string;

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            static create(properties: voxring.v1.Hello.$Shape): voxring.v1.Hello & voxring.v1.Hello.$Shape;
            static create(properties?: voxring.v1.Hello.$Properties): voxring.v1.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link voxring.v1.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Hello message, length delimited. Does not implicitly {@link voxring.v1.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.Hello & voxring.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.Hello & voxring.v1.Hello.$Shape;

            /**
             * Decodes a Hello message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.Hello & voxring.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.Hello & voxring.v1.Hello.$Shape;

            /**
             * Verifies a Hello message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Hello
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.Hello;

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @param message Hello
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Hello to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Hello
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hello {

            /** Properties of a Hello. */
            interface $Properties {

                /** Hello token */
                token?: (string|null);

                /** Hello deviceId */
                deviceId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hello. */
            type $Shape = voxring.v1.Hello.$Properties;
        }

        /**
         * Properties of a StartMessage.
         * @deprecated Use voxring.v1.StartMessage.$Properties instead.
         */
        interface IStartMessage extends voxring.v1.StartMessage.$Properties {
        }

        /** Represents a StartMessage. */
        class StartMessage {

            /**
             * Constructs a new StartMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.StartMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StartMessage messageId. */
            messageId: string;

            /** StartMessage conversationId. */
            conversationId: string;

            /** StartMessage contentType. */
            contentType: voxring.v1.ContentType;

            /** StartMessage opus. */
            opus?: (voxring.v1.OpusParams.$Properties|null);

            /** StartMessage ackedCount. */
            ackedCount: number;

            /**
             * Creates a new StartMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StartMessage instance
             */
            static create(properties: voxring.v1.StartMessage.$Shape): voxring.v1.StartMessage & voxring.v1.StartMessage.$Shape;
            static create(properties?: voxring.v1.StartMessage.$Properties): voxring.v1.StartMessage;

            /**
             * Encodes the specified StartMessage message. Does not implicitly {@link voxring.v1.StartMessage.verify|verify} messages.
             * @param message StartMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.StartMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StartMessage message, length delimited. Does not implicitly {@link voxring.v1.StartMessage.verify|verify} messages.
             * @param message StartMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.StartMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StartMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.StartMessage & voxring.v1.StartMessage.$Shape} StartMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.StartMessage & voxring.v1.StartMessage.$Shape;

            /**
             * Decodes a StartMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.StartMessage & voxring.v1.StartMessage.$Shape} StartMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.StartMessage & voxring.v1.StartMessage.$Shape;

            /**
             * Verifies a StartMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StartMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StartMessage
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.StartMessage;

            /**
             * Creates a plain object from a StartMessage message. Also converts values to other types if specified.
             * @param message StartMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.StartMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StartMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StartMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StartMessage {

            /** Properties of a StartMessage. */
            interface $Properties {

                /** StartMessage messageId */
                messageId?: (string|null);

                /** StartMessage conversationId */
                conversationId?: (string|null);

                /** StartMessage contentType */
                contentType?: (voxring.v1.ContentType|null);

                /** StartMessage opus */
                opus?: (voxring.v1.OpusParams.$Properties|null);

                /** StartMessage ackedCount */
                ackedCount?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StartMessage. */
            type $Shape = voxring.v1.StartMessage.$Properties;
        }

        /**
         * Properties of a Chunk.
         * @deprecated Use voxring.v1.Chunk.$Properties instead.
         */
        interface IChunk extends voxring.v1.Chunk.$Properties {
        }

        /** Represents a Chunk. */
        class Chunk {

            /**
             * Constructs a new Chunk.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.Chunk.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Chunk messageId. */
            messageId: string;

            /** Chunk seq. */
            seq: number;

            /** Chunk payload. */
            payload: Uint8Array;

            /** Chunk receivedAtMs. */
            receivedAtMs: number;

            /**
             * Creates a new Chunk instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Chunk instance
             */
            static create(properties: voxring.v1.Chunk.$Shape): voxring.v1.Chunk & voxring.v1.Chunk.$Shape;
            static create(properties?: voxring.v1.Chunk.$Properties): voxring.v1.Chunk;

            /**
             * Encodes the specified Chunk message. Does not implicitly {@link voxring.v1.Chunk.verify|verify} messages.
             * @param message Chunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.Chunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Chunk message, length delimited. Does not implicitly {@link voxring.v1.Chunk.verify|verify} messages.
             * @param message Chunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.Chunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Chunk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.Chunk & voxring.v1.Chunk.$Shape} Chunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.Chunk & voxring.v1.Chunk.$Shape;

            /**
             * Decodes a Chunk message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.Chunk & voxring.v1.Chunk.$Shape} Chunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.Chunk & voxring.v1.Chunk.$Shape;

            /**
             * Verifies a Chunk message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Chunk message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Chunk
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.Chunk;

            /**
             * Creates a plain object from a Chunk message. Also converts values to other types if specified.
             * @param message Chunk
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.Chunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Chunk to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Chunk
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Chunk {

            /** Properties of a Chunk. */
            interface $Properties {

                /** Chunk messageId */
                messageId?: (string|null);

                /** Chunk seq */
                seq?: (number|null);

                /** Chunk payload */
                payload?: (Uint8Array|null);

                /** Chunk receivedAtMs */
                receivedAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Chunk. */
            type $Shape = voxring.v1.Chunk.$Properties;
        }

        /**
         * Properties of an EndMessage.
         * @deprecated Use voxring.v1.EndMessage.$Properties instead.
         */
        interface IEndMessage extends voxring.v1.EndMessage.$Properties {
        }

        /** Represents an EndMessage. */
        class EndMessage {

            /**
             * Constructs a new EndMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.EndMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EndMessage messageId. */
            messageId: string;

            /** EndMessage chunkCount. */
            chunkCount: number;

            /**
             * Creates a new EndMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EndMessage instance
             */
            static create(properties: voxring.v1.EndMessage.$Shape): voxring.v1.EndMessage & voxring.v1.EndMessage.$Shape;
            static create(properties?: voxring.v1.EndMessage.$Properties): voxring.v1.EndMessage;

            /**
             * Encodes the specified EndMessage message. Does not implicitly {@link voxring.v1.EndMessage.verify|verify} messages.
             * @param message EndMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.EndMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EndMessage message, length delimited. Does not implicitly {@link voxring.v1.EndMessage.verify|verify} messages.
             * @param message EndMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.EndMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EndMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.EndMessage & voxring.v1.EndMessage.$Shape} EndMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.EndMessage & voxring.v1.EndMessage.$Shape;

            /**
             * Decodes an EndMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.EndMessage & voxring.v1.EndMessage.$Shape} EndMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.EndMessage & voxring.v1.EndMessage.$Shape;

            /**
             * Verifies an EndMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EndMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EndMessage
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.EndMessage;

            /**
             * Creates a plain object from an EndMessage message. Also converts values to other types if specified.
             * @param message EndMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.EndMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EndMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EndMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EndMessage {

            /** Properties of an EndMessage. */
            interface $Properties {

                /** EndMessage messageId */
                messageId?: (string|null);

                /** EndMessage chunkCount */
                chunkCount?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EndMessage. */
            type $Shape = voxring.v1.EndMessage.$Properties;
        }

        /**
         * Properties of a SendText.
         * @deprecated Use voxring.v1.SendText.$Properties instead.
         */
        interface ISendText extends voxring.v1.SendText.$Properties {
        }

        /** Represents a SendText. */
        class SendText {

            /**
             * Constructs a new SendText.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.SendText.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SendText messageId. */
            messageId: string;

            /** SendText conversationId. */
            conversationId: string;

            /** SendText text. */
            text: string;

            /**
             * Creates a new SendText instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SendText instance
             */
            static create(properties: voxring.v1.SendText.$Shape): voxring.v1.SendText & voxring.v1.SendText.$Shape;
            static create(properties?: voxring.v1.SendText.$Properties): voxring.v1.SendText;

            /**
             * Encodes the specified SendText message. Does not implicitly {@link voxring.v1.SendText.verify|verify} messages.
             * @param message SendText message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.SendText.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SendText message, length delimited. Does not implicitly {@link voxring.v1.SendText.verify|verify} messages.
             * @param message SendText message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.SendText.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SendText message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.SendText & voxring.v1.SendText.$Shape} SendText
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.SendText & voxring.v1.SendText.$Shape;

            /**
             * Decodes a SendText message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.SendText & voxring.v1.SendText.$Shape} SendText
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.SendText & voxring.v1.SendText.$Shape;

            /**
             * Verifies a SendText message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SendText message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SendText
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.SendText;

            /**
             * Creates a plain object from a SendText message. Also converts values to other types if specified.
             * @param message SendText
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.SendText, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SendText to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SendText
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SendText {

            /** Properties of a SendText. */
            interface $Properties {

                /** SendText messageId */
                messageId?: (string|null);

                /** SendText conversationId */
                conversationId?: (string|null);

                /** SendText text */
                text?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SendText. */
            type $Shape = voxring.v1.SendText.$Properties;
        }

        /**
         * Properties of a Listen.
         * @deprecated Use voxring.v1.Listen.$Properties instead.
         */
        interface IListen extends voxring.v1.Listen.$Properties {
        }

        /** Represents a Listen. */
        class Listen {

            /**
             * Constructs a new Listen.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.Listen.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Listen messageId. */
            messageId: string;

            /** Listen fromSeq. */
            fromSeq: number;

            /** Listen rate. */
            rate: number;

            /**
             * Creates a new Listen instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Listen instance
             */
            static create(properties: voxring.v1.Listen.$Shape): voxring.v1.Listen & voxring.v1.Listen.$Shape;
            static create(properties?: voxring.v1.Listen.$Properties): voxring.v1.Listen;

            /**
             * Encodes the specified Listen message. Does not implicitly {@link voxring.v1.Listen.verify|verify} messages.
             * @param message Listen message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.Listen.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Listen message, length delimited. Does not implicitly {@link voxring.v1.Listen.verify|verify} messages.
             * @param message Listen message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.Listen.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Listen message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.Listen & voxring.v1.Listen.$Shape} Listen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.Listen & voxring.v1.Listen.$Shape;

            /**
             * Decodes a Listen message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.Listen & voxring.v1.Listen.$Shape} Listen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.Listen & voxring.v1.Listen.$Shape;

            /**
             * Verifies a Listen message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Listen message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Listen
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.Listen;

            /**
             * Creates a plain object from a Listen message. Also converts values to other types if specified.
             * @param message Listen
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.Listen, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Listen to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Listen
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Listen {

            /** Properties of a Listen. */
            interface $Properties {

                /** Listen messageId */
                messageId?: (string|null);

                /** Listen fromSeq */
                fromSeq?: (number|null);

                /** Listen rate */
                rate?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Listen. */
            type $Shape = voxring.v1.Listen.$Properties;
        }

        /**
         * Properties of a SetListenMode.
         * @deprecated Use voxring.v1.SetListenMode.$Properties instead.
         */
        interface ISetListenMode extends voxring.v1.SetListenMode.$Properties {
        }

        /** Represents a SetListenMode. */
        class SetListenMode {

            /**
             * Constructs a new SetListenMode.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.SetListenMode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetListenMode conversationId. */
            conversationId: string;

            /** SetListenMode mode. */
            mode: voxring.v1.ListenMode;

            /**
             * Creates a new SetListenMode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetListenMode instance
             */
            static create(properties: voxring.v1.SetListenMode.$Shape): voxring.v1.SetListenMode & voxring.v1.SetListenMode.$Shape;
            static create(properties?: voxring.v1.SetListenMode.$Properties): voxring.v1.SetListenMode;

            /**
             * Encodes the specified SetListenMode message. Does not implicitly {@link voxring.v1.SetListenMode.verify|verify} messages.
             * @param message SetListenMode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.SetListenMode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SetListenMode message, length delimited. Does not implicitly {@link voxring.v1.SetListenMode.verify|verify} messages.
             * @param message SetListenMode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.SetListenMode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetListenMode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.SetListenMode & voxring.v1.SetListenMode.$Shape} SetListenMode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.SetListenMode & voxring.v1.SetListenMode.$Shape;

            /**
             * Decodes a SetListenMode message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.SetListenMode & voxring.v1.SetListenMode.$Shape} SetListenMode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.SetListenMode & voxring.v1.SetListenMode.$Shape;

            /**
             * Verifies a SetListenMode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SetListenMode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SetListenMode
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.SetListenMode;

            /**
             * Creates a plain object from a SetListenMode message. Also converts values to other types if specified.
             * @param message SetListenMode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.SetListenMode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetListenMode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SetListenMode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetListenMode {

            /** Properties of a SetListenMode. */
            interface $Properties {

                /** SetListenMode conversationId */
                conversationId?: (string|null);

                /** SetListenMode mode */
                mode?: (voxring.v1.ListenMode|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetListenMode. */
            type $Shape = voxring.v1.SetListenMode.$Properties;
        }

        /**
         * Properties of a StopListen.
         * @deprecated Use voxring.v1.StopListen.$Properties instead.
         */
        interface IStopListen extends voxring.v1.StopListen.$Properties {
        }

        /** Represents a StopListen. */
        class StopListen {

            /**
             * Constructs a new StopListen.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.StopListen.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StopListen messageId. */
            messageId: string;

            /**
             * Creates a new StopListen instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StopListen instance
             */
            static create(properties: voxring.v1.StopListen.$Shape): voxring.v1.StopListen & voxring.v1.StopListen.$Shape;
            static create(properties?: voxring.v1.StopListen.$Properties): voxring.v1.StopListen;

            /**
             * Encodes the specified StopListen message. Does not implicitly {@link voxring.v1.StopListen.verify|verify} messages.
             * @param message StopListen message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.StopListen.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StopListen message, length delimited. Does not implicitly {@link voxring.v1.StopListen.verify|verify} messages.
             * @param message StopListen message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.StopListen.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StopListen message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.StopListen & voxring.v1.StopListen.$Shape} StopListen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.StopListen & voxring.v1.StopListen.$Shape;

            /**
             * Decodes a StopListen message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.StopListen & voxring.v1.StopListen.$Shape} StopListen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.StopListen & voxring.v1.StopListen.$Shape;

            /**
             * Verifies a StopListen message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StopListen message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StopListen
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.StopListen;

            /**
             * Creates a plain object from a StopListen message. Also converts values to other types if specified.
             * @param message StopListen
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.StopListen, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StopListen to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StopListen
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StopListen {

            /** Properties of a StopListen. */
            interface $Properties {

                /** StopListen messageId */
                messageId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StopListen. */
            type $Shape = voxring.v1.StopListen.$Properties;
        }

        /**
         * Properties of a Monitor.
         * @deprecated Use voxring.v1.Monitor.$Properties instead.
         */
        interface IMonitor extends voxring.v1.Monitor.$Properties {
        }

        /** Represents a Monitor. */
        class Monitor {

            /**
             * Constructs a new Monitor.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.Monitor.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Monitor conversationIds. */
            conversationIds: string[];

            /**
             * Creates a new Monitor instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Monitor instance
             */
            static create(properties: voxring.v1.Monitor.$Shape): voxring.v1.Monitor & voxring.v1.Monitor.$Shape;
            static create(properties?: voxring.v1.Monitor.$Properties): voxring.v1.Monitor;

            /**
             * Encodes the specified Monitor message. Does not implicitly {@link voxring.v1.Monitor.verify|verify} messages.
             * @param message Monitor message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.Monitor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Monitor message, length delimited. Does not implicitly {@link voxring.v1.Monitor.verify|verify} messages.
             * @param message Monitor message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.Monitor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Monitor message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.Monitor & voxring.v1.Monitor.$Shape} Monitor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.Monitor & voxring.v1.Monitor.$Shape;

            /**
             * Decodes a Monitor message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.Monitor & voxring.v1.Monitor.$Shape} Monitor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.Monitor & voxring.v1.Monitor.$Shape;

            /**
             * Verifies a Monitor message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Monitor message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Monitor
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.Monitor;

            /**
             * Creates a plain object from a Monitor message. Also converts values to other types if specified.
             * @param message Monitor
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.Monitor, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Monitor to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Monitor
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Monitor {

            /** Properties of a Monitor. */
            interface $Properties {

                /** Monitor conversationIds */
                conversationIds?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Monitor. */
            type $Shape = voxring.v1.Monitor.$Properties;
        }

        /**
         * Properties of a TimelineRequest.
         * @deprecated Use voxring.v1.TimelineRequest.$Properties instead.
         */
        interface ITimelineRequest extends voxring.v1.TimelineRequest.$Properties {
        }

        /** Represents a TimelineRequest. */
        class TimelineRequest {

            /**
             * Constructs a new TimelineRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.TimelineRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TimelineRequest sinceCursor. */
            sinceCursor: number;

            /** TimelineRequest limit. */
            limit: number;

            /**
             * Creates a new TimelineRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TimelineRequest instance
             */
            static create(properties: voxring.v1.TimelineRequest.$Shape): voxring.v1.TimelineRequest & voxring.v1.TimelineRequest.$Shape;
            static create(properties?: voxring.v1.TimelineRequest.$Properties): voxring.v1.TimelineRequest;

            /**
             * Encodes the specified TimelineRequest message. Does not implicitly {@link voxring.v1.TimelineRequest.verify|verify} messages.
             * @param message TimelineRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.TimelineRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TimelineRequest message, length delimited. Does not implicitly {@link voxring.v1.TimelineRequest.verify|verify} messages.
             * @param message TimelineRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.TimelineRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TimelineRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.TimelineRequest & voxring.v1.TimelineRequest.$Shape} TimelineRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.TimelineRequest & voxring.v1.TimelineRequest.$Shape;

            /**
             * Decodes a TimelineRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.TimelineRequest & voxring.v1.TimelineRequest.$Shape} TimelineRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.TimelineRequest & voxring.v1.TimelineRequest.$Shape;

            /**
             * Verifies a TimelineRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TimelineRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TimelineRequest
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.TimelineRequest;

            /**
             * Creates a plain object from a TimelineRequest message. Also converts values to other types if specified.
             * @param message TimelineRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.TimelineRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TimelineRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TimelineRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TimelineRequest {

            /** Properties of a TimelineRequest. */
            interface $Properties {

                /** TimelineRequest sinceCursor */
                sinceCursor?: (number|null);

                /** TimelineRequest limit */
                limit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TimelineRequest. */
            type $Shape = voxring.v1.TimelineRequest.$Properties;
        }

        /**
         * Properties of a RecallMessage.
         * @deprecated Use voxring.v1.RecallMessage.$Properties instead.
         */
        interface IRecallMessage extends voxring.v1.RecallMessage.$Properties {
        }

        /** Represents a RecallMessage. */
        class RecallMessage {

            /**
             * Constructs a new RecallMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.RecallMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RecallMessage messageId. */
            messageId: string;

            /**
             * Creates a new RecallMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RecallMessage instance
             */
            static create(properties: voxring.v1.RecallMessage.$Shape): voxring.v1.RecallMessage & voxring.v1.RecallMessage.$Shape;
            static create(properties?: voxring.v1.RecallMessage.$Properties): voxring.v1.RecallMessage;

            /**
             * Encodes the specified RecallMessage message. Does not implicitly {@link voxring.v1.RecallMessage.verify|verify} messages.
             * @param message RecallMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.RecallMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RecallMessage message, length delimited. Does not implicitly {@link voxring.v1.RecallMessage.verify|verify} messages.
             * @param message RecallMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.RecallMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RecallMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.RecallMessage & voxring.v1.RecallMessage.$Shape} RecallMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.RecallMessage & voxring.v1.RecallMessage.$Shape;

            /**
             * Decodes a RecallMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.RecallMessage & voxring.v1.RecallMessage.$Shape} RecallMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.RecallMessage & voxring.v1.RecallMessage.$Shape;

            /**
             * Verifies a RecallMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RecallMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RecallMessage
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.RecallMessage;

            /**
             * Creates a plain object from a RecallMessage message. Also converts values to other types if specified.
             * @param message RecallMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.RecallMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RecallMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RecallMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RecallMessage {

            /** Properties of a RecallMessage. */
            interface $Properties {

                /** RecallMessage messageId */
                messageId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RecallMessage. */
            type $Shape = voxring.v1.RecallMessage.$Properties;
        }

        /**
         * Properties of a SendLocation.
         * @deprecated Use voxring.v1.SendLocation.$Properties instead.
         */
        interface ISendLocation extends voxring.v1.SendLocation.$Properties {
        }

        /** Represents a SendLocation. */
        class SendLocation {

            /**
             * Constructs a new SendLocation.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.SendLocation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SendLocation messageId. */
            messageId: string;

            /** SendLocation conversationId. */
            conversationId: string;

            /** SendLocation latitudeE7. */
            latitudeE7: number;

            /** SendLocation longitudeE7. */
            longitudeE7: number;

            /** SendLocation accuracyM. */
            accuracyM: number;

            /** SendLocation formattedAddress. */
            formattedAddress: string;

            /**
             * Creates a new SendLocation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SendLocation instance
             */
            static create(properties: voxring.v1.SendLocation.$Shape): voxring.v1.SendLocation & voxring.v1.SendLocation.$Shape;
            static create(properties?: voxring.v1.SendLocation.$Properties): voxring.v1.SendLocation;

            /**
             * Encodes the specified SendLocation message. Does not implicitly {@link voxring.v1.SendLocation.verify|verify} messages.
             * @param message SendLocation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.SendLocation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SendLocation message, length delimited. Does not implicitly {@link voxring.v1.SendLocation.verify|verify} messages.
             * @param message SendLocation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.SendLocation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SendLocation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.SendLocation & voxring.v1.SendLocation.$Shape} SendLocation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.SendLocation & voxring.v1.SendLocation.$Shape;

            /**
             * Decodes a SendLocation message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.SendLocation & voxring.v1.SendLocation.$Shape} SendLocation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.SendLocation & voxring.v1.SendLocation.$Shape;

            /**
             * Verifies a SendLocation message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SendLocation message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SendLocation
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.SendLocation;

            /**
             * Creates a plain object from a SendLocation message. Also converts values to other types if specified.
             * @param message SendLocation
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.SendLocation, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SendLocation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SendLocation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SendLocation {

            /** Properties of a SendLocation. */
            interface $Properties {

                /** SendLocation messageId */
                messageId?: (string|null);

                /** SendLocation conversationId */
                conversationId?: (string|null);

                /** SendLocation latitudeE7 */
                latitudeE7?: (number|null);

                /** SendLocation longitudeE7 */
                longitudeE7?: (number|null);

                /** SendLocation accuracyM */
                accuracyM?: (number|null);

                /** SendLocation formattedAddress */
                formattedAddress?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SendLocation. */
            type $Shape = voxring.v1.SendLocation.$Properties;
        }

        /**
         * Properties of a Heard.
         * @deprecated Use voxring.v1.Heard.$Properties instead.
         */
        interface IHeard extends voxring.v1.Heard.$Properties {
        }

        /** Represents a Heard. */
        class Heard {

            /**
             * Constructs a new Heard.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.Heard.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Heard messageId. */
            messageId: string;

            /**
             * Creates a new Heard instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Heard instance
             */
            static create(properties: voxring.v1.Heard.$Shape): voxring.v1.Heard & voxring.v1.Heard.$Shape;
            static create(properties?: voxring.v1.Heard.$Properties): voxring.v1.Heard;

            /**
             * Encodes the specified Heard message. Does not implicitly {@link voxring.v1.Heard.verify|verify} messages.
             * @param message Heard message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.Heard.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Heard message, length delimited. Does not implicitly {@link voxring.v1.Heard.verify|verify} messages.
             * @param message Heard message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.Heard.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Heard message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.Heard & voxring.v1.Heard.$Shape} Heard
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.Heard & voxring.v1.Heard.$Shape;

            /**
             * Decodes a Heard message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.Heard & voxring.v1.Heard.$Shape} Heard
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.Heard & voxring.v1.Heard.$Shape;

            /**
             * Verifies a Heard message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Heard message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Heard
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.Heard;

            /**
             * Creates a plain object from a Heard message. Also converts values to other types if specified.
             * @param message Heard
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.Heard, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Heard to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Heard
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Heard {

            /** Properties of a Heard. */
            interface $Properties {

                /** Heard messageId */
                messageId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Heard. */
            type $Shape = voxring.v1.Heard.$Properties;
        }

        /**
         * Properties of a Ping.
         * @deprecated Use voxring.v1.Ping.$Properties instead.
         */
        interface IPing extends voxring.v1.Ping.$Properties {
        }

        /** Represents a Ping. */
        class Ping {

            /**
             * Constructs a new Ping.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.Ping.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ping nonce. */
            nonce: number;

            /**
             * Creates a new Ping instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ping instance
             */
            static create(properties: voxring.v1.Ping.$Shape): voxring.v1.Ping & voxring.v1.Ping.$Shape;
            static create(properties?: voxring.v1.Ping.$Properties): voxring.v1.Ping;

            /**
             * Encodes the specified Ping message. Does not implicitly {@link voxring.v1.Ping.verify|verify} messages.
             * @param message Ping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Ping message, length delimited. Does not implicitly {@link voxring.v1.Ping.verify|verify} messages.
             * @param message Ping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.Ping & voxring.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.Ping & voxring.v1.Ping.$Shape;

            /**
             * Decodes a Ping message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.Ping & voxring.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.Ping & voxring.v1.Ping.$Shape;

            /**
             * Verifies a Ping message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ping
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.Ping;

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @param message Ping
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.Ping, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ping to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ping
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ping {

            /** Properties of a Ping. */
            interface $Properties {

                /** Ping nonce */
                nonce?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Ping. */
            type $Shape = voxring.v1.Ping.$Properties;
        }

        /**
         * Properties of a ClientFrame.
         * @deprecated Use voxring.v1.ClientFrame.$Properties instead.
         */
        interface IClientFrame extends voxring.v1.ClientFrame.$Properties {
        }

        /** Represents a ClientFrame. */
        class ClientFrame {

            /**
             * Constructs a new ClientFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.ClientFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClientFrame ref. */
            ref: number;

            /** ClientFrame hello. */
            hello?: (voxring.v1.Hello.$Properties|null);

            /** ClientFrame startMessage. */
            startMessage?: (voxring.v1.StartMessage.$Properties|null);

            /** ClientFrame chunk. */
            chunk?: (voxring.v1.Chunk.$Properties|null);

            /** ClientFrame endMessage. */
            endMessage?: (voxring.v1.EndMessage.$Properties|null);

            /** ClientFrame sendText. */
            sendText?: (voxring.v1.SendText.$Properties|null);

            /** ClientFrame listen. */
            listen?: (voxring.v1.Listen.$Properties|null);

            /** ClientFrame stopListen. */
            stopListen?: (voxring.v1.StopListen.$Properties|null);

            /** ClientFrame monitor. */
            monitor?: (voxring.v1.Monitor.$Properties|null);

            /** ClientFrame timelineRequest. */
            timelineRequest?: (voxring.v1.TimelineRequest.$Properties|null);

            /** ClientFrame ping. */
            ping?: (voxring.v1.Ping.$Properties|null);

            /** ClientFrame recallMessage. */
            recallMessage?: (voxring.v1.RecallMessage.$Properties|null);

            /** ClientFrame sendLocation. */
            sendLocation?: (voxring.v1.SendLocation.$Properties|null);

            /** ClientFrame heard. */
            heard?: (voxring.v1.Heard.$Properties|null);

            /** ClientFrame listenMode. */
            listenMode?: (voxring.v1.SetListenMode.$Properties|null);

            /** ClientFrame body. */
            body?: ("hello"|"startMessage"|"chunk"|"endMessage"|"sendText"|"listen"|"stopListen"|"monitor"|"timelineRequest"|"ping"|"recallMessage"|"sendLocation"|"heard"|"listenMode");

            /**
             * Creates a new ClientFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClientFrame instance
             */
            static create(properties: voxring.v1.ClientFrame.$Shape): voxring.v1.ClientFrame & voxring.v1.ClientFrame.$Shape;
            static create(properties?: voxring.v1.ClientFrame.$Properties): voxring.v1.ClientFrame;

            /**
             * Encodes the specified ClientFrame message. Does not implicitly {@link voxring.v1.ClientFrame.verify|verify} messages.
             * @param message ClientFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.ClientFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ClientFrame message, length delimited. Does not implicitly {@link voxring.v1.ClientFrame.verify|verify} messages.
             * @param message ClientFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.ClientFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.ClientFrame & voxring.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.ClientFrame & voxring.v1.ClientFrame.$Shape;

            /**
             * Decodes a ClientFrame message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.ClientFrame & voxring.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.ClientFrame & voxring.v1.ClientFrame.$Shape;

            /**
             * Verifies a ClientFrame message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ClientFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClientFrame
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.ClientFrame;

            /**
             * Creates a plain object from a ClientFrame message. Also converts values to other types if specified.
             * @param message ClientFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.ClientFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClientFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClientFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientFrame {

            /** Properties of a ClientFrame. */
            interface $Properties {

                /** ClientFrame ref */
                ref?: (number|null);

                /** ClientFrame hello */
                hello?: (voxring.v1.Hello.$Properties|null);

                /** ClientFrame startMessage */
                startMessage?: (voxring.v1.StartMessage.$Properties|null);

                /** ClientFrame chunk */
                chunk?: (voxring.v1.Chunk.$Properties|null);

                /** ClientFrame endMessage */
                endMessage?: (voxring.v1.EndMessage.$Properties|null);

                /** ClientFrame sendText */
                sendText?: (voxring.v1.SendText.$Properties|null);

                /** ClientFrame listen */
                listen?: (voxring.v1.Listen.$Properties|null);

                /** ClientFrame stopListen */
                stopListen?: (voxring.v1.StopListen.$Properties|null);

                /** ClientFrame monitor */
                monitor?: (voxring.v1.Monitor.$Properties|null);

                /** ClientFrame timelineRequest */
                timelineRequest?: (voxring.v1.TimelineRequest.$Properties|null);

                /** ClientFrame ping */
                ping?: (voxring.v1.Ping.$Properties|null);

                /** ClientFrame recallMessage */
                recallMessage?: (voxring.v1.RecallMessage.$Properties|null);

                /** ClientFrame sendLocation */
                sendLocation?: (voxring.v1.SendLocation.$Properties|null);

                /** ClientFrame heard */
                heard?: (voxring.v1.Heard.$Properties|null);

                /** ClientFrame listenMode */
                listenMode?: (voxring.v1.SetListenMode.$Properties|null);

                /** ClientFrame body */
                body?: ("hello"|"startMessage"|"chunk"|"endMessage"|"sendText"|"listen"|"stopListen"|"monitor"|"timelineRequest"|"ping"|"recallMessage"|"sendLocation"|"heard"|"listenMode");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ClientFrame. */
            type $Shape = {
              ref?: number|null;
              hello?: voxring.v1.Hello.$Shape|null;
              startMessage?: voxring.v1.StartMessage.$Shape|null;
              chunk?: voxring.v1.Chunk.$Shape|null;
              endMessage?: voxring.v1.EndMessage.$Shape|null;
              sendText?: voxring.v1.SendText.$Shape|null;
              listen?: voxring.v1.Listen.$Shape|null;
              stopListen?: voxring.v1.StopListen.$Shape|null;
              monitor?: voxring.v1.Monitor.$Shape|null;
              timelineRequest?: voxring.v1.TimelineRequest.$Shape|null;
              ping?: voxring.v1.Ping.$Shape|null;
              recallMessage?: voxring.v1.RecallMessage.$Shape|null;
              sendLocation?: voxring.v1.SendLocation.$Shape|null;
              heard?: voxring.v1.Heard.$Shape|null;
              listenMode?: voxring.v1.SetListenMode.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "hello"; hello: voxring.v1.Hello.$Shape; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "startMessage"; hello?: null; startMessage: voxring.v1.StartMessage.$Shape; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "chunk"; hello?: null; startMessage?: null; chunk: voxring.v1.Chunk.$Shape; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "endMessage"; hello?: null; startMessage?: null; chunk?: null; endMessage: voxring.v1.EndMessage.$Shape; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "sendText"; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText: voxring.v1.SendText.$Shape; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "listen"; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen: voxring.v1.Listen.$Shape; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "stopListen"; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen: voxring.v1.StopListen.$Shape; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "monitor"; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor: voxring.v1.Monitor.$Shape; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "timelineRequest"; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest: voxring.v1.TimelineRequest.$Shape; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "ping"; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping: voxring.v1.Ping.$Shape; recallMessage?: null; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "recallMessage"; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage: voxring.v1.RecallMessage.$Shape; sendLocation?: null; heard?: null; listenMode?: null }|{ body?: "sendLocation"; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation: voxring.v1.SendLocation.$Shape; heard?: null; listenMode?: null }|{ body?: "heard"; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard: voxring.v1.Heard.$Shape; listenMode?: null }|{ body?: "listenMode"; hello?: null; startMessage?: null; chunk?: null; endMessage?: null; sendText?: null; listen?: null; stopListen?: null; monitor?: null; timelineRequest?: null; ping?: null; recallMessage?: null; sendLocation?: null; heard?: null; listenMode: voxring.v1.SetListenMode.$Shape })
            );
        }

        /**
         * Properties of a Welcome.
         * @deprecated Use voxring.v1.Welcome.$Properties instead.
         */
        interface IWelcome extends voxring.v1.Welcome.$Properties {
        }

        /** Represents a Welcome. */
        class Welcome {

            /**
             * Constructs a new Welcome.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.Welcome.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Welcome userId. */
            userId: string;

            /** Welcome username. */
            username: string;

            /** Welcome deviceId. */
            deviceId: string;

            /** Welcome sessionExpiresAtMs. */
            sessionExpiresAtMs: number;

            /** Welcome timelineHead. */
            timelineHead: number;

            /** Welcome routerId. */
            routerId: string;

            /**
             * Creates a new Welcome instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Welcome instance
             */
            static create(properties: voxring.v1.Welcome.$Shape): voxring.v1.Welcome & voxring.v1.Welcome.$Shape;
            static create(properties?: voxring.v1.Welcome.$Properties): voxring.v1.Welcome;

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link voxring.v1.Welcome.verify|verify} messages.
             * @param message Welcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Welcome message, length delimited. Does not implicitly {@link voxring.v1.Welcome.verify|verify} messages.
             * @param message Welcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.Welcome & voxring.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.Welcome & voxring.v1.Welcome.$Shape;

            /**
             * Decodes a Welcome message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.Welcome & voxring.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.Welcome & voxring.v1.Welcome.$Shape;

            /**
             * Verifies a Welcome message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Welcome
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.Welcome;

            /**
             * Creates a plain object from a Welcome message. Also converts values to other types if specified.
             * @param message Welcome
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.Welcome, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Welcome to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Welcome
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Welcome {

            /** Properties of a Welcome. */
            interface $Properties {

                /** Welcome userId */
                userId?: (string|null);

                /** Welcome username */
                username?: (string|null);

                /** Welcome deviceId */
                deviceId?: (string|null);

                /** Welcome sessionExpiresAtMs */
                sessionExpiresAtMs?: (number|null);

                /** Welcome timelineHead */
                timelineHead?: (number|null);

                /** Welcome routerId */
                routerId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Welcome. */
            type $Shape = voxring.v1.Welcome.$Properties;
        }

        /**
         * Properties of a Route.
         * @deprecated Use voxring.v1.Route.$Properties instead.
         */
        interface IRoute extends voxring.v1.Route.$Properties {
        }

        /** Represents a Route. */
        class Route {

            /**
             * Constructs a new Route.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.Route.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Route routerId. */
            routerId: string;

            /** Route homeUrl. */
            homeUrl: string;

            /** Route fallbackUrls. */
            fallbackUrls: string[];

            /**
             * Creates a new Route instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Route instance
             */
            static create(properties: voxring.v1.Route.$Shape): voxring.v1.Route & voxring.v1.Route.$Shape;
            static create(properties?: voxring.v1.Route.$Properties): voxring.v1.Route;

            /**
             * Encodes the specified Route message. Does not implicitly {@link voxring.v1.Route.verify|verify} messages.
             * @param message Route message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.Route.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Route message, length delimited. Does not implicitly {@link voxring.v1.Route.verify|verify} messages.
             * @param message Route message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.Route.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Route message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.Route & voxring.v1.Route.$Shape} Route
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.Route & voxring.v1.Route.$Shape;

            /**
             * Decodes a Route message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.Route & voxring.v1.Route.$Shape} Route
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.Route & voxring.v1.Route.$Shape;

            /**
             * Verifies a Route message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Route message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Route
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.Route;

            /**
             * Creates a plain object from a Route message. Also converts values to other types if specified.
             * @param message Route
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.Route, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Route to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Route
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Route {

            /** Properties of a Route. */
            interface $Properties {

                /** Route routerId */
                routerId?: (string|null);

                /** Route homeUrl */
                homeUrl?: (string|null);

                /** Route fallbackUrls */
                fallbackUrls?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Route. */
            type $Shape = voxring.v1.Route.$Properties;
        }

        /**
         * Properties of a Redirect.
         * @deprecated Use voxring.v1.Redirect.$Properties instead.
         */
        interface IRedirect extends voxring.v1.Redirect.$Properties {
        }

        /** Represents a Redirect. */
        class Redirect {

            /**
             * Constructs a new Redirect.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.Redirect.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Redirect url. */
            url: string;

            /** Redirect routerId. */
            routerId: string;

            /**
             * Creates a new Redirect instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Redirect instance
             */
            static create(properties: voxring.v1.Redirect.$Shape): voxring.v1.Redirect & voxring.v1.Redirect.$Shape;
            static create(properties?: voxring.v1.Redirect.$Properties): voxring.v1.Redirect;

            /**
             * Encodes the specified Redirect message. Does not implicitly {@link voxring.v1.Redirect.verify|verify} messages.
             * @param message Redirect message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.Redirect.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Redirect message, length delimited. Does not implicitly {@link voxring.v1.Redirect.verify|verify} messages.
             * @param message Redirect message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.Redirect.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Redirect message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.Redirect & voxring.v1.Redirect.$Shape} Redirect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.Redirect & voxring.v1.Redirect.$Shape;

            /**
             * Decodes a Redirect message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.Redirect & voxring.v1.Redirect.$Shape} Redirect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.Redirect & voxring.v1.Redirect.$Shape;

            /**
             * Verifies a Redirect message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Redirect message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Redirect
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.Redirect;

            /**
             * Creates a plain object from a Redirect message. Also converts values to other types if specified.
             * @param message Redirect
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.Redirect, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Redirect to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Redirect
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Redirect {

            /** Properties of a Redirect. */
            interface $Properties {

                /** Redirect url */
                url?: (string|null);

                /** Redirect routerId */
                routerId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Redirect. */
            type $Shape = voxring.v1.Redirect.$Properties;
        }

        /**
         * Properties of an Ack.
         * @deprecated Use voxring.v1.Ack.$Properties instead.
         */
        interface IAck extends voxring.v1.Ack.$Properties {
        }

        /** Represents an Ack. */
        class Ack {

            /**
             * Constructs a new Ack.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.Ack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ack messageId. */
            messageId: string;

            /** Ack seq. */
            seq: number;

            /**
             * Creates a new Ack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ack instance
             */
            static create(properties: voxring.v1.Ack.$Shape): voxring.v1.Ack & voxring.v1.Ack.$Shape;
            static create(properties?: voxring.v1.Ack.$Properties): voxring.v1.Ack;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link voxring.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Ack message, length delimited. Does not implicitly {@link voxring.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.Ack & voxring.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.Ack & voxring.v1.Ack.$Shape;

            /**
             * Decodes an Ack message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.Ack & voxring.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.Ack & voxring.v1.Ack.$Shape;

            /**
             * Verifies an Ack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ack
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.Ack;

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @param message Ack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ack {

            /** Properties of an Ack. */
            interface $Properties {

                /** Ack messageId */
                messageId?: (string|null);

                /** Ack seq */
                seq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ack. */
            type $Shape = voxring.v1.Ack.$Properties;
        }

        /**
         * Properties of a MessageEnd.
         * @deprecated Use voxring.v1.MessageEnd.$Properties instead.
         */
        interface IMessageEnd extends voxring.v1.MessageEnd.$Properties {
        }

        /** Represents a MessageEnd. */
        class MessageEnd {

            /**
             * Constructs a new MessageEnd.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.MessageEnd.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MessageEnd messageId. */
            messageId: string;

            /** MessageEnd chunkCount. */
            chunkCount: number;

            /** MessageEnd state. */
            state: voxring.v1.MessageState;

            /**
             * Creates a new MessageEnd instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MessageEnd instance
             */
            static create(properties: voxring.v1.MessageEnd.$Shape): voxring.v1.MessageEnd & voxring.v1.MessageEnd.$Shape;
            static create(properties?: voxring.v1.MessageEnd.$Properties): voxring.v1.MessageEnd;

            /**
             * Encodes the specified MessageEnd message. Does not implicitly {@link voxring.v1.MessageEnd.verify|verify} messages.
             * @param message MessageEnd message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.MessageEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MessageEnd message, length delimited. Does not implicitly {@link voxring.v1.MessageEnd.verify|verify} messages.
             * @param message MessageEnd message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.MessageEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MessageEnd message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.MessageEnd & voxring.v1.MessageEnd.$Shape} MessageEnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.MessageEnd & voxring.v1.MessageEnd.$Shape;

            /**
             * Decodes a MessageEnd message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.MessageEnd & voxring.v1.MessageEnd.$Shape} MessageEnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.MessageEnd & voxring.v1.MessageEnd.$Shape;

            /**
             * Verifies a MessageEnd message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MessageEnd message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MessageEnd
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.MessageEnd;

            /**
             * Creates a plain object from a MessageEnd message. Also converts values to other types if specified.
             * @param message MessageEnd
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.MessageEnd, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MessageEnd to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MessageEnd
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MessageEnd {

            /** Properties of a MessageEnd. */
            interface $Properties {

                /** MessageEnd messageId */
                messageId?: (string|null);

                /** MessageEnd chunkCount */
                chunkCount?: (number|null);

                /** MessageEnd state */
                state?: (voxring.v1.MessageState|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MessageEnd. */
            type $Shape = voxring.v1.MessageEnd.$Properties;
        }

        /**
         * Properties of a Speaker.
         * @deprecated Use voxring.v1.Speaker.$Properties instead.
         */
        interface ISpeaker extends voxring.v1.Speaker.$Properties {
        }

        /** Represents a Speaker. */
        class Speaker {

            /**
             * Constructs a new Speaker.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.Speaker.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Speaker userId. */
            userId: string;

            /** Speaker messageId. */
            messageId: string;

            /**
             * Creates a new Speaker instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Speaker instance
             */
            static create(properties: voxring.v1.Speaker.$Shape): voxring.v1.Speaker & voxring.v1.Speaker.$Shape;
            static create(properties?: voxring.v1.Speaker.$Properties): voxring.v1.Speaker;

            /**
             * Encodes the specified Speaker message. Does not implicitly {@link voxring.v1.Speaker.verify|verify} messages.
             * @param message Speaker message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.Speaker.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Speaker message, length delimited. Does not implicitly {@link voxring.v1.Speaker.verify|verify} messages.
             * @param message Speaker message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.Speaker.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Speaker message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.Speaker & voxring.v1.Speaker.$Shape} Speaker
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.Speaker & voxring.v1.Speaker.$Shape;

            /**
             * Decodes a Speaker message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.Speaker & voxring.v1.Speaker.$Shape} Speaker
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.Speaker & voxring.v1.Speaker.$Shape;

            /**
             * Verifies a Speaker message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Speaker message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Speaker
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.Speaker;

            /**
             * Creates a plain object from a Speaker message. Also converts values to other types if specified.
             * @param message Speaker
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.Speaker, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Speaker to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Speaker
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Speaker {

            /** Properties of a Speaker. */
            interface $Properties {

                /** Speaker userId */
                userId?: (string|null);

                /** Speaker messageId */
                messageId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Speaker. */
            type $Shape = voxring.v1.Speaker.$Properties;
        }

        /**
         * Properties of a Presence.
         * @deprecated Use voxring.v1.Presence.$Properties instead.
         */
        interface IPresence extends voxring.v1.Presence.$Properties {
        }

        /** Represents a Presence. */
        class Presence {

            /**
             * Constructs a new Presence.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.Presence.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Presence conversationId. */
            conversationId: string;

            /** Presence speakers. */
            speakers: voxring.v1.Speaker.$Properties[];

            /**
             * Creates a new Presence instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Presence instance
             */
            static create(properties: voxring.v1.Presence.$Shape): voxring.v1.Presence & voxring.v1.Presence.$Shape;
            static create(properties?: voxring.v1.Presence.$Properties): voxring.v1.Presence;

            /**
             * Encodes the specified Presence message. Does not implicitly {@link voxring.v1.Presence.verify|verify} messages.
             * @param message Presence message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.Presence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Presence message, length delimited. Does not implicitly {@link voxring.v1.Presence.verify|verify} messages.
             * @param message Presence message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.Presence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Presence message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.Presence & voxring.v1.Presence.$Shape} Presence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.Presence & voxring.v1.Presence.$Shape;

            /**
             * Decodes a Presence message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.Presence & voxring.v1.Presence.$Shape} Presence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.Presence & voxring.v1.Presence.$Shape;

            /**
             * Verifies a Presence message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Presence message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Presence
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.Presence;

            /**
             * Creates a plain object from a Presence message. Also converts values to other types if specified.
             * @param message Presence
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.Presence, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Presence to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Presence
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Presence {

            /** Properties of a Presence. */
            interface $Properties {

                /** Presence conversationId */
                conversationId?: (string|null);

                /** Presence speakers */
                speakers?: (voxring.v1.Speaker.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Presence. */
            type $Shape = voxring.v1.Presence.$Properties;
        }

        /**
         * Properties of a TimelineEvent.
         * @deprecated Use voxring.v1.TimelineEvent.$Properties instead.
         */
        interface ITimelineEvent extends voxring.v1.TimelineEvent.$Properties {
        }

        /** Represents a TimelineEvent. */
        class TimelineEvent {

            /**
             * Constructs a new TimelineEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.TimelineEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TimelineEvent cursor. */
            cursor: number;

            /** TimelineEvent type. */
            type: voxring.v1.TimelineEventType;

            /** TimelineEvent atMs. */
            atMs: number;

            /** TimelineEvent header. */
            header?: (voxring.v1.MessageHeader.$Properties|null);

            /** TimelineEvent conversation. */
            conversation?: (voxring.v1.Conversation.$Properties|null);

            /**
             * Creates a new TimelineEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TimelineEvent instance
             */
            static create(properties: voxring.v1.TimelineEvent.$Shape): voxring.v1.TimelineEvent & voxring.v1.TimelineEvent.$Shape;
            static create(properties?: voxring.v1.TimelineEvent.$Properties): voxring.v1.TimelineEvent;

            /**
             * Encodes the specified TimelineEvent message. Does not implicitly {@link voxring.v1.TimelineEvent.verify|verify} messages.
             * @param message TimelineEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.TimelineEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TimelineEvent message, length delimited. Does not implicitly {@link voxring.v1.TimelineEvent.verify|verify} messages.
             * @param message TimelineEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.TimelineEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TimelineEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.TimelineEvent & voxring.v1.TimelineEvent.$Shape} TimelineEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.TimelineEvent & voxring.v1.TimelineEvent.$Shape;

            /**
             * Decodes a TimelineEvent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.TimelineEvent & voxring.v1.TimelineEvent.$Shape} TimelineEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.TimelineEvent & voxring.v1.TimelineEvent.$Shape;

            /**
             * Verifies a TimelineEvent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TimelineEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TimelineEvent
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.TimelineEvent;

            /**
             * Creates a plain object from a TimelineEvent message. Also converts values to other types if specified.
             * @param message TimelineEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.TimelineEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TimelineEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TimelineEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TimelineEvent {

            /** Properties of a TimelineEvent. */
            interface $Properties {

                /** TimelineEvent cursor */
                cursor?: (number|null);

                /** TimelineEvent type */
                type?: (voxring.v1.TimelineEventType|null);

                /** TimelineEvent atMs */
                atMs?: (number|null);

                /** TimelineEvent header */
                header?: (voxring.v1.MessageHeader.$Properties|null);

                /** TimelineEvent conversation */
                conversation?: (voxring.v1.Conversation.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TimelineEvent. */
            type $Shape = voxring.v1.TimelineEvent.$Properties;
        }

        /**
         * Properties of a TimelineEvents.
         * @deprecated Use voxring.v1.TimelineEvents.$Properties instead.
         */
        interface ITimelineEvents extends voxring.v1.TimelineEvents.$Properties {
        }

        /** Represents a TimelineEvents. */
        class TimelineEvents {

            /**
             * Constructs a new TimelineEvents.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.TimelineEvents.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TimelineEvents events. */
            events: voxring.v1.TimelineEvent.$Properties[];

            /** TimelineEvents cursor. */
            cursor: number;

            /** TimelineEvents more. */
            more: boolean;

            /**
             * Creates a new TimelineEvents instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TimelineEvents instance
             */
            static create(properties: voxring.v1.TimelineEvents.$Shape): voxring.v1.TimelineEvents & voxring.v1.TimelineEvents.$Shape;
            static create(properties?: voxring.v1.TimelineEvents.$Properties): voxring.v1.TimelineEvents;

            /**
             * Encodes the specified TimelineEvents message. Does not implicitly {@link voxring.v1.TimelineEvents.verify|verify} messages.
             * @param message TimelineEvents message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.TimelineEvents.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TimelineEvents message, length delimited. Does not implicitly {@link voxring.v1.TimelineEvents.verify|verify} messages.
             * @param message TimelineEvents message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.TimelineEvents.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TimelineEvents message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.TimelineEvents & voxring.v1.TimelineEvents.$Shape} TimelineEvents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.TimelineEvents & voxring.v1.TimelineEvents.$Shape;

            /**
             * Decodes a TimelineEvents message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.TimelineEvents & voxring.v1.TimelineEvents.$Shape} TimelineEvents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.TimelineEvents & voxring.v1.TimelineEvents.$Shape;

            /**
             * Verifies a TimelineEvents message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TimelineEvents message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TimelineEvents
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.TimelineEvents;

            /**
             * Creates a plain object from a TimelineEvents message. Also converts values to other types if specified.
             * @param message TimelineEvents
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.TimelineEvents, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TimelineEvents to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TimelineEvents
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TimelineEvents {

            /** Properties of a TimelineEvents. */
            interface $Properties {

                /** TimelineEvents events */
                events?: (voxring.v1.TimelineEvent.$Properties[]|null);

                /** TimelineEvents cursor */
                cursor?: (number|null);

                /** TimelineEvents more */
                more?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TimelineEvents. */
            type $Shape = voxring.v1.TimelineEvents.$Properties;
        }

        /**
         * Properties of an Error.
         * @deprecated Use voxring.v1.Error.$Properties instead.
         */
        interface IError extends voxring.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: string;

            /** Error message. */
            message: string;

            /** Error retryable. */
            retryable: boolean;

            /** Error messageId. */
            messageId: string;

            /** Error retryAfterMs. */
            retryAfterMs: number;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: voxring.v1.Error.$Shape): voxring.v1.Error & voxring.v1.Error.$Shape;
            static create(properties?: voxring.v1.Error.$Properties): voxring.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link voxring.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link voxring.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.Error & voxring.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.Error & voxring.v1.Error.$Shape;

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.Error & voxring.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.Error & voxring.v1.Error.$Shape;

            /**
             * Verifies an Error message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Error
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param message Error
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Error
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (string|null);

                /** Error message */
                message?: (string|null);

                /** Error retryable */
                retryable?: (boolean|null);

                /** Error messageId */
                messageId?: (string|null);

                /** Error retryAfterMs */
                retryAfterMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = voxring.v1.Error.$Properties;
        }

        /**
         * Properties of a Pong.
         * @deprecated Use voxring.v1.Pong.$Properties instead.
         */
        interface IPong extends voxring.v1.Pong.$Properties {
        }

        /** Represents a Pong. */
        class Pong {

            /**
             * Constructs a new Pong.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.Pong.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Pong nonce. */
            nonce: number;

            /**
             * Creates a new Pong instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Pong instance
             */
            static create(properties: voxring.v1.Pong.$Shape): voxring.v1.Pong & voxring.v1.Pong.$Shape;
            static create(properties?: voxring.v1.Pong.$Properties): voxring.v1.Pong;

            /**
             * Encodes the specified Pong message. Does not implicitly {@link voxring.v1.Pong.verify|verify} messages.
             * @param message Pong message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.Pong.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Pong message, length delimited. Does not implicitly {@link voxring.v1.Pong.verify|verify} messages.
             * @param message Pong message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.Pong.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Pong message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.Pong & voxring.v1.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.Pong & voxring.v1.Pong.$Shape;

            /**
             * Decodes a Pong message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.Pong & voxring.v1.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.Pong & voxring.v1.Pong.$Shape;

            /**
             * Verifies a Pong message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Pong message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Pong
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.Pong;

            /**
             * Creates a plain object from a Pong message. Also converts values to other types if specified.
             * @param message Pong
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.Pong, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Pong to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Pong
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Pong {

            /** Properties of a Pong. */
            interface $Properties {

                /** Pong nonce */
                nonce?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Pong. */
            type $Shape = voxring.v1.Pong.$Properties;
        }

        /**
         * Properties of a Receipt.
         * @deprecated Use voxring.v1.Receipt.$Properties instead.
         */
        interface IReceipt extends voxring.v1.Receipt.$Properties {
        }

        /** Represents a Receipt. */
        class Receipt {

            /**
             * Constructs a new Receipt.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.Receipt.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Receipt messageId. */
            messageId: string;

            /** Receipt userId. */
            userId: string;

            /** Receipt username. */
            username: string;

            /** Receipt kind. */
            kind: voxring.v1.ReceiptKind;

            /** Receipt atMs. */
            atMs: number;

            /**
             * Creates a new Receipt instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Receipt instance
             */
            static create(properties: voxring.v1.Receipt.$Shape): voxring.v1.Receipt & voxring.v1.Receipt.$Shape;
            static create(properties?: voxring.v1.Receipt.$Properties): voxring.v1.Receipt;

            /**
             * Encodes the specified Receipt message. Does not implicitly {@link voxring.v1.Receipt.verify|verify} messages.
             * @param message Receipt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.Receipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Receipt message, length delimited. Does not implicitly {@link voxring.v1.Receipt.verify|verify} messages.
             * @param message Receipt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.Receipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Receipt message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.Receipt & voxring.v1.Receipt.$Shape} Receipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.Receipt & voxring.v1.Receipt.$Shape;

            /**
             * Decodes a Receipt message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.Receipt & voxring.v1.Receipt.$Shape} Receipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.Receipt & voxring.v1.Receipt.$Shape;

            /**
             * Verifies a Receipt message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Receipt message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Receipt
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.Receipt;

            /**
             * Creates a plain object from a Receipt message. Also converts values to other types if specified.
             * @param message Receipt
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.Receipt, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Receipt to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Receipt
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Receipt {

            /** Properties of a Receipt. */
            interface $Properties {

                /** Receipt messageId */
                messageId?: (string|null);

                /** Receipt userId */
                userId?: (string|null);

                /** Receipt username */
                username?: (string|null);

                /** Receipt kind */
                kind?: (voxring.v1.ReceiptKind|null);

                /** Receipt atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Receipt. */
            type $Shape = voxring.v1.Receipt.$Properties;
        }

        /**
         * Properties of a Listening.
         * @deprecated Use voxring.v1.Listening.$Properties instead.
         */
        interface IListening extends voxring.v1.Listening.$Properties {
        }

        /** Represents a Listening. */
        class Listening {

            /**
             * Constructs a new Listening.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.Listening.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Listening conversationId. */
            conversationId: string;

            /** Listening messageId. */
            messageId: string;

            /** Listening listeners. */
            listeners: voxring.v1.Participant.$Properties[];

            /**
             * Creates a new Listening instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Listening instance
             */
            static create(properties: voxring.v1.Listening.$Shape): voxring.v1.Listening & voxring.v1.Listening.$Shape;
            static create(properties?: voxring.v1.Listening.$Properties): voxring.v1.Listening;

            /**
             * Encodes the specified Listening message. Does not implicitly {@link voxring.v1.Listening.verify|verify} messages.
             * @param message Listening message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.Listening.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Listening message, length delimited. Does not implicitly {@link voxring.v1.Listening.verify|verify} messages.
             * @param message Listening message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.Listening.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Listening message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.Listening & voxring.v1.Listening.$Shape} Listening
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.Listening & voxring.v1.Listening.$Shape;

            /**
             * Decodes a Listening message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.Listening & voxring.v1.Listening.$Shape} Listening
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.Listening & voxring.v1.Listening.$Shape;

            /**
             * Verifies a Listening message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Listening message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Listening
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.Listening;

            /**
             * Creates a plain object from a Listening message. Also converts values to other types if specified.
             * @param message Listening
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.Listening, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Listening to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Listening
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Listening {

            /** Properties of a Listening. */
            interface $Properties {

                /** Listening conversationId */
                conversationId?: (string|null);

                /** Listening messageId */
                messageId?: (string|null);

                /** Listening listeners */
                listeners?: (voxring.v1.Participant.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Listening. */
            type $Shape = voxring.v1.Listening.$Properties;
        }

        /**
         * Properties of a ServerFrame.
         * @deprecated Use voxring.v1.ServerFrame.$Properties instead.
         */
        interface IServerFrame extends voxring.v1.ServerFrame.$Properties {
        }

        /** Represents a ServerFrame. */
        class ServerFrame {

            /**
             * Constructs a new ServerFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.ServerFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServerFrame ref. */
            ref: number;

            /** ServerFrame welcome. */
            welcome?: (voxring.v1.Welcome.$Properties|null);

            /** ServerFrame ack. */
            ack?: (voxring.v1.Ack.$Properties|null);

            /** ServerFrame header. */
            header?: (voxring.v1.MessageHeader.$Properties|null);

            /** ServerFrame chunk. */
            chunk?: (voxring.v1.Chunk.$Properties|null);

            /** ServerFrame messageEnd. */
            messageEnd?: (voxring.v1.MessageEnd.$Properties|null);

            /** ServerFrame presence. */
            presence?: (voxring.v1.Presence.$Properties|null);

            /** ServerFrame timeline. */
            timeline?: (voxring.v1.TimelineEvents.$Properties|null);

            /** ServerFrame error. */
            error?: (voxring.v1.Error.$Properties|null);

            /** ServerFrame pong. */
            pong?: (voxring.v1.Pong.$Properties|null);

            /** ServerFrame redirect. */
            redirect?: (voxring.v1.Redirect.$Properties|null);

            /** ServerFrame migrate. */
            migrate?: (voxring.v1.Redirect.$Properties|null);

            /** ServerFrame route. */
            route?: (voxring.v1.Route.$Properties|null);

            /** ServerFrame receipt. */
            receipt?: (voxring.v1.Receipt.$Properties|null);

            /** ServerFrame listening. */
            listening?: (voxring.v1.Listening.$Properties|null);

            /** ServerFrame body. */
            body?: ("welcome"|"ack"|"header"|"chunk"|"messageEnd"|"presence"|"timeline"|"error"|"pong"|"redirect"|"migrate"|"route"|"receipt"|"listening");

            /**
             * Creates a new ServerFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServerFrame instance
             */
            static create(properties: voxring.v1.ServerFrame.$Shape): voxring.v1.ServerFrame & voxring.v1.ServerFrame.$Shape;
            static create(properties?: voxring.v1.ServerFrame.$Properties): voxring.v1.ServerFrame;

            /**
             * Encodes the specified ServerFrame message. Does not implicitly {@link voxring.v1.ServerFrame.verify|verify} messages.
             * @param message ServerFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.ServerFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ServerFrame message, length delimited. Does not implicitly {@link voxring.v1.ServerFrame.verify|verify} messages.
             * @param message ServerFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.ServerFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServerFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.ServerFrame & voxring.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.ServerFrame & voxring.v1.ServerFrame.$Shape;

            /**
             * Decodes a ServerFrame message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.ServerFrame & voxring.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.ServerFrame & voxring.v1.ServerFrame.$Shape;

            /**
             * Verifies a ServerFrame message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ServerFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServerFrame
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.ServerFrame;

            /**
             * Creates a plain object from a ServerFrame message. Also converts values to other types if specified.
             * @param message ServerFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.ServerFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServerFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ServerFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServerFrame {

            /** Properties of a ServerFrame. */
            interface $Properties {

                /** ServerFrame ref */
                ref?: (number|null);

                /** ServerFrame welcome */
                welcome?: (voxring.v1.Welcome.$Properties|null);

                /** ServerFrame ack */
                ack?: (voxring.v1.Ack.$Properties|null);

                /** ServerFrame header */
                header?: (voxring.v1.MessageHeader.$Properties|null);

                /** ServerFrame chunk */
                chunk?: (voxring.v1.Chunk.$Properties|null);

                /** ServerFrame messageEnd */
                messageEnd?: (voxring.v1.MessageEnd.$Properties|null);

                /** ServerFrame presence */
                presence?: (voxring.v1.Presence.$Properties|null);

                /** ServerFrame timeline */
                timeline?: (voxring.v1.TimelineEvents.$Properties|null);

                /** ServerFrame error */
                error?: (voxring.v1.Error.$Properties|null);

                /** ServerFrame pong */
                pong?: (voxring.v1.Pong.$Properties|null);

                /** ServerFrame redirect */
                redirect?: (voxring.v1.Redirect.$Properties|null);

                /** ServerFrame migrate */
                migrate?: (voxring.v1.Redirect.$Properties|null);

                /** ServerFrame route */
                route?: (voxring.v1.Route.$Properties|null);

                /** ServerFrame receipt */
                receipt?: (voxring.v1.Receipt.$Properties|null);

                /** ServerFrame listening */
                listening?: (voxring.v1.Listening.$Properties|null);

                /** ServerFrame body */
                body?: ("welcome"|"ack"|"header"|"chunk"|"messageEnd"|"presence"|"timeline"|"error"|"pong"|"redirect"|"migrate"|"route"|"receipt"|"listening");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ServerFrame. */
            type $Shape = {
              ref?: number|null;
              welcome?: voxring.v1.Welcome.$Shape|null;
              ack?: voxring.v1.Ack.$Shape|null;
              header?: voxring.v1.MessageHeader.$Shape|null;
              chunk?: voxring.v1.Chunk.$Shape|null;
              messageEnd?: voxring.v1.MessageEnd.$Shape|null;
              presence?: voxring.v1.Presence.$Shape|null;
              timeline?: voxring.v1.TimelineEvents.$Shape|null;
              error?: voxring.v1.Error.$Shape|null;
              pong?: voxring.v1.Pong.$Shape|null;
              redirect?: voxring.v1.Redirect.$Shape|null;
              migrate?: voxring.v1.Redirect.$Shape|null;
              route?: voxring.v1.Route.$Shape|null;
              receipt?: voxring.v1.Receipt.$Shape|null;
              listening?: voxring.v1.Listening.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong?: null; redirect?: null; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "welcome"; welcome: voxring.v1.Welcome.$Shape; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong?: null; redirect?: null; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "ack"; welcome?: null; ack: voxring.v1.Ack.$Shape; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong?: null; redirect?: null; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "header"; welcome?: null; ack?: null; header: voxring.v1.MessageHeader.$Shape; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong?: null; redirect?: null; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "chunk"; welcome?: null; ack?: null; header?: null; chunk: voxring.v1.Chunk.$Shape; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong?: null; redirect?: null; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "messageEnd"; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd: voxring.v1.MessageEnd.$Shape; presence?: null; timeline?: null; error?: null; pong?: null; redirect?: null; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "presence"; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence: voxring.v1.Presence.$Shape; timeline?: null; error?: null; pong?: null; redirect?: null; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "timeline"; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline: voxring.v1.TimelineEvents.$Shape; error?: null; pong?: null; redirect?: null; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "error"; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error: voxring.v1.Error.$Shape; pong?: null; redirect?: null; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "pong"; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong: voxring.v1.Pong.$Shape; redirect?: null; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "redirect"; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong?: null; redirect: voxring.v1.Redirect.$Shape; migrate?: null; route?: null; receipt?: null; listening?: null }|{ body?: "migrate"; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong?: null; redirect?: null; migrate: voxring.v1.Redirect.$Shape; route?: null; receipt?: null; listening?: null }|{ body?: "route"; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong?: null; redirect?: null; migrate?: null; route: voxring.v1.Route.$Shape; receipt?: null; listening?: null }|{ body?: "receipt"; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong?: null; redirect?: null; migrate?: null; route?: null; receipt: voxring.v1.Receipt.$Shape; listening?: null }|{ body?: "listening"; welcome?: null; ack?: null; header?: null; chunk?: null; messageEnd?: null; presence?: null; timeline?: null; error?: null; pong?: null; redirect?: null; migrate?: null; route?: null; receipt?: null; listening: voxring.v1.Listening.$Shape })
            );
        }

        /**
         * Properties of a RelayHeader.
         * @deprecated Use voxring.v1.RelayHeader.$Properties instead.
         */
        interface IRelayHeader extends voxring.v1.RelayHeader.$Properties {
        }

        /** Represents a RelayHeader. */
        class RelayHeader {

            /**
             * Constructs a new RelayHeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.RelayHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RelayHeader header. */
            header?: (voxring.v1.MessageHeader.$Properties|null);

            /** RelayHeader participantIds. */
            participantIds: string[];

            /** RelayHeader replicate. */
            replicate: boolean;

            /**
             * Creates a new RelayHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RelayHeader instance
             */
            static create(properties: voxring.v1.RelayHeader.$Shape): voxring.v1.RelayHeader & voxring.v1.RelayHeader.$Shape;
            static create(properties?: voxring.v1.RelayHeader.$Properties): voxring.v1.RelayHeader;

            /**
             * Encodes the specified RelayHeader message. Does not implicitly {@link voxring.v1.RelayHeader.verify|verify} messages.
             * @param message RelayHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.RelayHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RelayHeader message, length delimited. Does not implicitly {@link voxring.v1.RelayHeader.verify|verify} messages.
             * @param message RelayHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.RelayHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RelayHeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.RelayHeader & voxring.v1.RelayHeader.$Shape} RelayHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.RelayHeader & voxring.v1.RelayHeader.$Shape;

            /**
             * Decodes a RelayHeader message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.RelayHeader & voxring.v1.RelayHeader.$Shape} RelayHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.RelayHeader & voxring.v1.RelayHeader.$Shape;

            /**
             * Verifies a RelayHeader message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RelayHeader message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RelayHeader
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.RelayHeader;

            /**
             * Creates a plain object from a RelayHeader message. Also converts values to other types if specified.
             * @param message RelayHeader
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.RelayHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RelayHeader to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RelayHeader
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RelayHeader {

            /** Properties of a RelayHeader. */
            interface $Properties {

                /** RelayHeader header */
                header?: (voxring.v1.MessageHeader.$Properties|null);

                /** RelayHeader participantIds */
                participantIds?: (string[]|null);

                /** RelayHeader replicate */
                replicate?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RelayHeader. */
            type $Shape = voxring.v1.RelayHeader.$Properties;
        }

        /**
         * Properties of a ReplicaAck.
         * @deprecated Use voxring.v1.ReplicaAck.$Properties instead.
         */
        interface IReplicaAck extends voxring.v1.ReplicaAck.$Properties {
        }

        /** Represents a ReplicaAck. */
        class ReplicaAck {

            /**
             * Constructs a new ReplicaAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.ReplicaAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReplicaAck messageId. */
            messageId: string;

            /** ReplicaAck durableCount. */
            durableCount: number;

            /** ReplicaAck refused. */
            refused: boolean;

            /**
             * Creates a new ReplicaAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReplicaAck instance
             */
            static create(properties: voxring.v1.ReplicaAck.$Shape): voxring.v1.ReplicaAck & voxring.v1.ReplicaAck.$Shape;
            static create(properties?: voxring.v1.ReplicaAck.$Properties): voxring.v1.ReplicaAck;

            /**
             * Encodes the specified ReplicaAck message. Does not implicitly {@link voxring.v1.ReplicaAck.verify|verify} messages.
             * @param message ReplicaAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.ReplicaAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReplicaAck message, length delimited. Does not implicitly {@link voxring.v1.ReplicaAck.verify|verify} messages.
             * @param message ReplicaAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.ReplicaAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReplicaAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.ReplicaAck & voxring.v1.ReplicaAck.$Shape} ReplicaAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.ReplicaAck & voxring.v1.ReplicaAck.$Shape;

            /**
             * Decodes a ReplicaAck message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.ReplicaAck & voxring.v1.ReplicaAck.$Shape} ReplicaAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.ReplicaAck & voxring.v1.ReplicaAck.$Shape;

            /**
             * Verifies a ReplicaAck message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReplicaAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReplicaAck
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.ReplicaAck;

            /**
             * Creates a plain object from a ReplicaAck message. Also converts values to other types if specified.
             * @param message ReplicaAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.ReplicaAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReplicaAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReplicaAck
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReplicaAck {

            /** Properties of a ReplicaAck. */
            interface $Properties {

                /** ReplicaAck messageId */
                messageId?: (string|null);

                /** ReplicaAck durableCount */
                durableCount?: (number|null);

                /** ReplicaAck refused */
                refused?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReplicaAck. */
            type $Shape = voxring.v1.ReplicaAck.$Properties;
        }

        /**
         * Properties of a Takeover.
         * @deprecated Use voxring.v1.Takeover.$Properties instead.
         */
        interface ITakeover extends voxring.v1.Takeover.$Properties {
        }

        /** Represents a Takeover. */
        class Takeover {

            /**
             * Constructs a new Takeover.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.Takeover.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Takeover messageId. */
            messageId: string;

            /**
             * Creates a new Takeover instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Takeover instance
             */
            static create(properties: voxring.v1.Takeover.$Shape): voxring.v1.Takeover & voxring.v1.Takeover.$Shape;
            static create(properties?: voxring.v1.Takeover.$Properties): voxring.v1.Takeover;

            /**
             * Encodes the specified Takeover message. Does not implicitly {@link voxring.v1.Takeover.verify|verify} messages.
             * @param message Takeover message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.Takeover.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Takeover message, length delimited. Does not implicitly {@link voxring.v1.Takeover.verify|verify} messages.
             * @param message Takeover message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.Takeover.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Takeover message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.Takeover & voxring.v1.Takeover.$Shape} Takeover
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.Takeover & voxring.v1.Takeover.$Shape;

            /**
             * Decodes a Takeover message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.Takeover & voxring.v1.Takeover.$Shape} Takeover
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.Takeover & voxring.v1.Takeover.$Shape;

            /**
             * Verifies a Takeover message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Takeover message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Takeover
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.Takeover;

            /**
             * Creates a plain object from a Takeover message. Also converts values to other types if specified.
             * @param message Takeover
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.Takeover, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Takeover to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Takeover
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Takeover {

            /** Properties of a Takeover. */
            interface $Properties {

                /** Takeover messageId */
                messageId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Takeover. */
            type $Shape = voxring.v1.Takeover.$Properties;
        }

        /**
         * Properties of a ConversationChanged.
         * @deprecated Use voxring.v1.ConversationChanged.$Properties instead.
         */
        interface IConversationChanged extends voxring.v1.ConversationChanged.$Properties {
        }

        /** Represents a ConversationChanged. */
        class ConversationChanged {

            /**
             * Constructs a new ConversationChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.ConversationChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConversationChanged conversationId. */
            conversationId: string;

            /**
             * Creates a new ConversationChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConversationChanged instance
             */
            static create(properties: voxring.v1.ConversationChanged.$Shape): voxring.v1.ConversationChanged & voxring.v1.ConversationChanged.$Shape;
            static create(properties?: voxring.v1.ConversationChanged.$Properties): voxring.v1.ConversationChanged;

            /**
             * Encodes the specified ConversationChanged message. Does not implicitly {@link voxring.v1.ConversationChanged.verify|verify} messages.
             * @param message ConversationChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.ConversationChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConversationChanged message, length delimited. Does not implicitly {@link voxring.v1.ConversationChanged.verify|verify} messages.
             * @param message ConversationChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.ConversationChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConversationChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.ConversationChanged & voxring.v1.ConversationChanged.$Shape} ConversationChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.ConversationChanged & voxring.v1.ConversationChanged.$Shape;

            /**
             * Decodes a ConversationChanged message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.ConversationChanged & voxring.v1.ConversationChanged.$Shape} ConversationChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.ConversationChanged & voxring.v1.ConversationChanged.$Shape;

            /**
             * Verifies a ConversationChanged message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConversationChanged message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConversationChanged
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.ConversationChanged;

            /**
             * Creates a plain object from a ConversationChanged message. Also converts values to other types if specified.
             * @param message ConversationChanged
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.ConversationChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConversationChanged to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConversationChanged
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConversationChanged {

            /** Properties of a ConversationChanged. */
            interface $Properties {

                /** ConversationChanged conversationId */
                conversationId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConversationChanged. */
            type $Shape = voxring.v1.ConversationChanged.$Properties;
        }

        /**
         * Properties of a SessionRevoked.
         * @deprecated Use voxring.v1.SessionRevoked.$Properties instead.
         */
        interface ISessionRevoked extends voxring.v1.SessionRevoked.$Properties {
        }

        /** Represents a SessionRevoked. */
        class SessionRevoked {

            /**
             * Constructs a new SessionRevoked.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.SessionRevoked.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SessionRevoked tokenHash. */
            tokenHash: string;

            /**
             * Creates a new SessionRevoked instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SessionRevoked instance
             */
            static create(properties: voxring.v1.SessionRevoked.$Shape): voxring.v1.SessionRevoked & voxring.v1.SessionRevoked.$Shape;
            static create(properties?: voxring.v1.SessionRevoked.$Properties): voxring.v1.SessionRevoked;

            /**
             * Encodes the specified SessionRevoked message. Does not implicitly {@link voxring.v1.SessionRevoked.verify|verify} messages.
             * @param message SessionRevoked message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.SessionRevoked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SessionRevoked message, length delimited. Does not implicitly {@link voxring.v1.SessionRevoked.verify|verify} messages.
             * @param message SessionRevoked message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.SessionRevoked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SessionRevoked message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.SessionRevoked & voxring.v1.SessionRevoked.$Shape} SessionRevoked
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.SessionRevoked & voxring.v1.SessionRevoked.$Shape;

            /**
             * Decodes a SessionRevoked message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.SessionRevoked & voxring.v1.SessionRevoked.$Shape} SessionRevoked
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.SessionRevoked & voxring.v1.SessionRevoked.$Shape;

            /**
             * Verifies a SessionRevoked message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SessionRevoked message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SessionRevoked
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.SessionRevoked;

            /**
             * Creates a plain object from a SessionRevoked message. Also converts values to other types if specified.
             * @param message SessionRevoked
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.SessionRevoked, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SessionRevoked to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SessionRevoked
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SessionRevoked {

            /** Properties of a SessionRevoked. */
            interface $Properties {

                /** SessionRevoked tokenHash */
                tokenHash?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SessionRevoked. */
            type $Shape = voxring.v1.SessionRevoked.$Properties;
        }

        /**
         * Properties of a RelayListenMode.
         * @deprecated Use voxring.v1.RelayListenMode.$Properties instead.
         */
        interface IRelayListenMode extends voxring.v1.RelayListenMode.$Properties {
        }

        /** Represents a RelayListenMode. */
        class RelayListenMode {

            /**
             * Constructs a new RelayListenMode.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.RelayListenMode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RelayListenMode userId. */
            userId: string;

            /** RelayListenMode deviceId. */
            deviceId: string;

            /** RelayListenMode conversationId. */
            conversationId: string;

            /** RelayListenMode mode. */
            mode: voxring.v1.ListenMode;

            /**
             * Creates a new RelayListenMode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RelayListenMode instance
             */
            static create(properties: voxring.v1.RelayListenMode.$Shape): voxring.v1.RelayListenMode & voxring.v1.RelayListenMode.$Shape;
            static create(properties?: voxring.v1.RelayListenMode.$Properties): voxring.v1.RelayListenMode;

            /**
             * Encodes the specified RelayListenMode message. Does not implicitly {@link voxring.v1.RelayListenMode.verify|verify} messages.
             * @param message RelayListenMode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.RelayListenMode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RelayListenMode message, length delimited. Does not implicitly {@link voxring.v1.RelayListenMode.verify|verify} messages.
             * @param message RelayListenMode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.RelayListenMode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RelayListenMode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.RelayListenMode & voxring.v1.RelayListenMode.$Shape} RelayListenMode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.RelayListenMode & voxring.v1.RelayListenMode.$Shape;

            /**
             * Decodes a RelayListenMode message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.RelayListenMode & voxring.v1.RelayListenMode.$Shape} RelayListenMode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.RelayListenMode & voxring.v1.RelayListenMode.$Shape;

            /**
             * Verifies a RelayListenMode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RelayListenMode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RelayListenMode
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.RelayListenMode;

            /**
             * Creates a plain object from a RelayListenMode message. Also converts values to other types if specified.
             * @param message RelayListenMode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.RelayListenMode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RelayListenMode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RelayListenMode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RelayListenMode {

            /** Properties of a RelayListenMode. */
            interface $Properties {

                /** RelayListenMode userId */
                userId?: (string|null);

                /** RelayListenMode deviceId */
                deviceId?: (string|null);

                /** RelayListenMode conversationId */
                conversationId?: (string|null);

                /** RelayListenMode mode */
                mode?: (voxring.v1.ListenMode|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RelayListenMode. */
            type $Shape = voxring.v1.RelayListenMode.$Properties;
        }

        /**
         * Properties of a TakeoverDone.
         * @deprecated Use voxring.v1.TakeoverDone.$Properties instead.
         */
        interface ITakeoverDone extends voxring.v1.TakeoverDone.$Properties {
        }

        /** Represents a TakeoverDone. */
        class TakeoverDone {

            /**
             * Constructs a new TakeoverDone.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.TakeoverDone.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TakeoverDone messageId. */
            messageId: string;

            /** TakeoverDone chunkCount. */
            chunkCount: number;

            /** TakeoverDone handedOver. */
            handedOver: boolean;

            /**
             * Creates a new TakeoverDone instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TakeoverDone instance
             */
            static create(properties: voxring.v1.TakeoverDone.$Shape): voxring.v1.TakeoverDone & voxring.v1.TakeoverDone.$Shape;
            static create(properties?: voxring.v1.TakeoverDone.$Properties): voxring.v1.TakeoverDone;

            /**
             * Encodes the specified TakeoverDone message. Does not implicitly {@link voxring.v1.TakeoverDone.verify|verify} messages.
             * @param message TakeoverDone message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.TakeoverDone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TakeoverDone message, length delimited. Does not implicitly {@link voxring.v1.TakeoverDone.verify|verify} messages.
             * @param message TakeoverDone message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.TakeoverDone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TakeoverDone message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.TakeoverDone & voxring.v1.TakeoverDone.$Shape} TakeoverDone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.TakeoverDone & voxring.v1.TakeoverDone.$Shape;

            /**
             * Decodes a TakeoverDone message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.TakeoverDone & voxring.v1.TakeoverDone.$Shape} TakeoverDone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.TakeoverDone & voxring.v1.TakeoverDone.$Shape;

            /**
             * Verifies a TakeoverDone message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TakeoverDone message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TakeoverDone
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.TakeoverDone;

            /**
             * Creates a plain object from a TakeoverDone message. Also converts values to other types if specified.
             * @param message TakeoverDone
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.TakeoverDone, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TakeoverDone to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TakeoverDone
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TakeoverDone {

            /** Properties of a TakeoverDone. */
            interface $Properties {

                /** TakeoverDone messageId */
                messageId?: (string|null);

                /** TakeoverDone chunkCount */
                chunkCount?: (number|null);

                /** TakeoverDone handedOver */
                handedOver?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TakeoverDone. */
            type $Shape = voxring.v1.TakeoverDone.$Properties;
        }

        /**
         * Properties of a RelaySubscribe.
         * @deprecated Use voxring.v1.RelaySubscribe.$Properties instead.
         */
        interface IRelaySubscribe extends voxring.v1.RelaySubscribe.$Properties {
        }

        /** Represents a RelaySubscribe. */
        class RelaySubscribe {

            /**
             * Constructs a new RelaySubscribe.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.RelaySubscribe.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RelaySubscribe messageId. */
            messageId: string;

            /**
             * Creates a new RelaySubscribe instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RelaySubscribe instance
             */
            static create(properties: voxring.v1.RelaySubscribe.$Shape): voxring.v1.RelaySubscribe & voxring.v1.RelaySubscribe.$Shape;
            static create(properties?: voxring.v1.RelaySubscribe.$Properties): voxring.v1.RelaySubscribe;

            /**
             * Encodes the specified RelaySubscribe message. Does not implicitly {@link voxring.v1.RelaySubscribe.verify|verify} messages.
             * @param message RelaySubscribe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.RelaySubscribe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RelaySubscribe message, length delimited. Does not implicitly {@link voxring.v1.RelaySubscribe.verify|verify} messages.
             * @param message RelaySubscribe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.RelaySubscribe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RelaySubscribe message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.RelaySubscribe & voxring.v1.RelaySubscribe.$Shape} RelaySubscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.RelaySubscribe & voxring.v1.RelaySubscribe.$Shape;

            /**
             * Decodes a RelaySubscribe message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.RelaySubscribe & voxring.v1.RelaySubscribe.$Shape} RelaySubscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.RelaySubscribe & voxring.v1.RelaySubscribe.$Shape;

            /**
             * Verifies a RelaySubscribe message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RelaySubscribe message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RelaySubscribe
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.RelaySubscribe;

            /**
             * Creates a plain object from a RelaySubscribe message. Also converts values to other types if specified.
             * @param message RelaySubscribe
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.RelaySubscribe, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RelaySubscribe to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RelaySubscribe
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RelaySubscribe {

            /** Properties of a RelaySubscribe. */
            interface $Properties {

                /** RelaySubscribe messageId */
                messageId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RelaySubscribe. */
            type $Shape = voxring.v1.RelaySubscribe.$Properties;
        }

        /**
         * Properties of a RelayTimeline.
         * @deprecated Use voxring.v1.RelayTimeline.$Properties instead.
         */
        interface IRelayTimeline extends voxring.v1.RelayTimeline.$Properties {
        }

        /** Represents a RelayTimeline. */
        class RelayTimeline {

            /**
             * Constructs a new RelayTimeline.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.RelayTimeline.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RelayTimeline userId. */
            userId: string;

            /** RelayTimeline event. */
            event?: (voxring.v1.TimelineEvent.$Properties|null);

            /**
             * Creates a new RelayTimeline instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RelayTimeline instance
             */
            static create(properties: voxring.v1.RelayTimeline.$Shape): voxring.v1.RelayTimeline & voxring.v1.RelayTimeline.$Shape;
            static create(properties?: voxring.v1.RelayTimeline.$Properties): voxring.v1.RelayTimeline;

            /**
             * Encodes the specified RelayTimeline message. Does not implicitly {@link voxring.v1.RelayTimeline.verify|verify} messages.
             * @param message RelayTimeline message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.RelayTimeline.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RelayTimeline message, length delimited. Does not implicitly {@link voxring.v1.RelayTimeline.verify|verify} messages.
             * @param message RelayTimeline message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.RelayTimeline.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RelayTimeline message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.RelayTimeline & voxring.v1.RelayTimeline.$Shape} RelayTimeline
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.RelayTimeline & voxring.v1.RelayTimeline.$Shape;

            /**
             * Decodes a RelayTimeline message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.RelayTimeline & voxring.v1.RelayTimeline.$Shape} RelayTimeline
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.RelayTimeline & voxring.v1.RelayTimeline.$Shape;

            /**
             * Verifies a RelayTimeline message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RelayTimeline message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RelayTimeline
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.RelayTimeline;

            /**
             * Creates a plain object from a RelayTimeline message. Also converts values to other types if specified.
             * @param message RelayTimeline
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.RelayTimeline, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RelayTimeline to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RelayTimeline
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RelayTimeline {

            /** Properties of a RelayTimeline. */
            interface $Properties {

                /** RelayTimeline userId */
                userId?: (string|null);

                /** RelayTimeline event */
                event?: (voxring.v1.TimelineEvent.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RelayTimeline. */
            type $Shape = voxring.v1.RelayTimeline.$Properties;
        }

        /**
         * Properties of a UsersHere.
         * @deprecated Use voxring.v1.UsersHere.$Properties instead.
         */
        interface IUsersHere extends voxring.v1.UsersHere.$Properties {
        }

        /** Represents a UsersHere. */
        class UsersHere {

            /**
             * Constructs a new UsersHere.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.UsersHere.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UsersHere arrived. */
            arrived: string[];

            /** UsersHere left. */
            left: string[];

            /** UsersHere full. */
            full: boolean;

            /**
             * Creates a new UsersHere instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UsersHere instance
             */
            static create(properties: voxring.v1.UsersHere.$Shape): voxring.v1.UsersHere & voxring.v1.UsersHere.$Shape;
            static create(properties?: voxring.v1.UsersHere.$Properties): voxring.v1.UsersHere;

            /**
             * Encodes the specified UsersHere message. Does not implicitly {@link voxring.v1.UsersHere.verify|verify} messages.
             * @param message UsersHere message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.UsersHere.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UsersHere message, length delimited. Does not implicitly {@link voxring.v1.UsersHere.verify|verify} messages.
             * @param message UsersHere message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.UsersHere.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UsersHere message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.UsersHere & voxring.v1.UsersHere.$Shape} UsersHere
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.UsersHere & voxring.v1.UsersHere.$Shape;

            /**
             * Decodes a UsersHere message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.UsersHere & voxring.v1.UsersHere.$Shape} UsersHere
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.UsersHere & voxring.v1.UsersHere.$Shape;

            /**
             * Verifies a UsersHere message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a UsersHere message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UsersHere
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.UsersHere;

            /**
             * Creates a plain object from a UsersHere message. Also converts values to other types if specified.
             * @param message UsersHere
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.UsersHere, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UsersHere to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UsersHere
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UsersHere {

            /** Properties of a UsersHere. */
            interface $Properties {

                /** UsersHere arrived */
                arrived?: (string[]|null);

                /** UsersHere left */
                left?: (string[]|null);

                /** UsersHere full */
                full?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UsersHere. */
            type $Shape = voxring.v1.UsersHere.$Properties;
        }

        /**
         * Properties of a RelayReceipt.
         * @deprecated Use voxring.v1.RelayReceipt.$Properties instead.
         */
        interface IRelayReceipt extends voxring.v1.RelayReceipt.$Properties {
        }

        /** Represents a RelayReceipt. */
        class RelayReceipt {

            /**
             * Constructs a new RelayReceipt.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.RelayReceipt.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RelayReceipt userId. */
            userId: string;

            /** RelayReceipt receipt. */
            receipt?: (voxring.v1.Receipt.$Properties|null);

            /**
             * Creates a new RelayReceipt instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RelayReceipt instance
             */
            static create(properties: voxring.v1.RelayReceipt.$Shape): voxring.v1.RelayReceipt & voxring.v1.RelayReceipt.$Shape;
            static create(properties?: voxring.v1.RelayReceipt.$Properties): voxring.v1.RelayReceipt;

            /**
             * Encodes the specified RelayReceipt message. Does not implicitly {@link voxring.v1.RelayReceipt.verify|verify} messages.
             * @param message RelayReceipt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.RelayReceipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RelayReceipt message, length delimited. Does not implicitly {@link voxring.v1.RelayReceipt.verify|verify} messages.
             * @param message RelayReceipt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.RelayReceipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RelayReceipt message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.RelayReceipt & voxring.v1.RelayReceipt.$Shape} RelayReceipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.RelayReceipt & voxring.v1.RelayReceipt.$Shape;

            /**
             * Decodes a RelayReceipt message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.RelayReceipt & voxring.v1.RelayReceipt.$Shape} RelayReceipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.RelayReceipt & voxring.v1.RelayReceipt.$Shape;

            /**
             * Verifies a RelayReceipt message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RelayReceipt message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RelayReceipt
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.RelayReceipt;

            /**
             * Creates a plain object from a RelayReceipt message. Also converts values to other types if specified.
             * @param message RelayReceipt
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.RelayReceipt, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RelayReceipt to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RelayReceipt
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RelayReceipt {

            /** Properties of a RelayReceipt. */
            interface $Properties {

                /** RelayReceipt userId */
                userId?: (string|null);

                /** RelayReceipt receipt */
                receipt?: (voxring.v1.Receipt.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RelayReceipt. */
            type $Shape = voxring.v1.RelayReceipt.$Properties;
        }

        /**
         * Properties of a RelayFrame.
         * @deprecated Use voxring.v1.RelayFrame.$Properties instead.
         */
        interface IRelayFrame extends voxring.v1.RelayFrame.$Properties {
        }

        /** Represents a RelayFrame. */
        class RelayFrame {

            /**
             * Constructs a new RelayFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.RelayFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RelayFrame ref. */
            ref: number;

            /** RelayFrame relayHeader. */
            relayHeader?: (voxring.v1.RelayHeader.$Properties|null);

            /** RelayFrame chunk. */
            chunk?: (voxring.v1.Chunk.$Properties|null);

            /** RelayFrame messageEnd. */
            messageEnd?: (voxring.v1.MessageEnd.$Properties|null);

            /** RelayFrame subscribe. */
            subscribe?: (voxring.v1.RelaySubscribe.$Properties|null);

            /** RelayFrame relayTimeline. */
            relayTimeline?: (voxring.v1.RelayTimeline.$Properties|null);

            /** RelayFrame replicaAck. */
            replicaAck?: (voxring.v1.ReplicaAck.$Properties|null);

            /** RelayFrame takeover. */
            takeover?: (voxring.v1.Takeover.$Properties|null);

            /** RelayFrame takeoverDone. */
            takeoverDone?: (voxring.v1.TakeoverDone.$Properties|null);

            /** RelayFrame conversationChanged. */
            conversationChanged?: (voxring.v1.ConversationChanged.$Properties|null);

            /** RelayFrame usersHere. */
            usersHere?: (voxring.v1.UsersHere.$Properties|null);

            /** RelayFrame receipt. */
            receipt?: (voxring.v1.RelayReceipt.$Properties|null);

            /** RelayFrame listening. */
            listening?: (voxring.v1.Listening.$Properties|null);

            /** RelayFrame sessionRevoked. */
            sessionRevoked?: (voxring.v1.SessionRevoked.$Properties|null);

            /** RelayFrame listenMode. */
            listenMode?: (voxring.v1.RelayListenMode.$Properties|null);

            /** RelayFrame body. */
            body?: ("relayHeader"|"chunk"|"messageEnd"|"subscribe"|"relayTimeline"|"replicaAck"|"takeover"|"takeoverDone"|"conversationChanged"|"usersHere"|"receipt"|"listening"|"sessionRevoked"|"listenMode");

            /**
             * Creates a new RelayFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RelayFrame instance
             */
            static create(properties: voxring.v1.RelayFrame.$Shape): voxring.v1.RelayFrame & voxring.v1.RelayFrame.$Shape;
            static create(properties?: voxring.v1.RelayFrame.$Properties): voxring.v1.RelayFrame;

            /**
             * Encodes the specified RelayFrame message. Does not implicitly {@link voxring.v1.RelayFrame.verify|verify} messages.
             * @param message RelayFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.RelayFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RelayFrame message, length delimited. Does not implicitly {@link voxring.v1.RelayFrame.verify|verify} messages.
             * @param message RelayFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.RelayFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RelayFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.RelayFrame & voxring.v1.RelayFrame.$Shape} RelayFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.RelayFrame & voxring.v1.RelayFrame.$Shape;

            /**
             * Decodes a RelayFrame message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.RelayFrame & voxring.v1.RelayFrame.$Shape} RelayFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.RelayFrame & voxring.v1.RelayFrame.$Shape;

            /**
             * Verifies a RelayFrame message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RelayFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RelayFrame
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.RelayFrame;

            /**
             * Creates a plain object from a RelayFrame message. Also converts values to other types if specified.
             * @param message RelayFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.RelayFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RelayFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RelayFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RelayFrame {

            /** Properties of a RelayFrame. */
            interface $Properties {

                /** RelayFrame ref */
                ref?: (number|null);

                /** RelayFrame relayHeader */
                relayHeader?: (voxring.v1.RelayHeader.$Properties|null);

                /** RelayFrame chunk */
                chunk?: (voxring.v1.Chunk.$Properties|null);

                /** RelayFrame messageEnd */
                messageEnd?: (voxring.v1.MessageEnd.$Properties|null);

                /** RelayFrame subscribe */
                subscribe?: (voxring.v1.RelaySubscribe.$Properties|null);

                /** RelayFrame relayTimeline */
                relayTimeline?: (voxring.v1.RelayTimeline.$Properties|null);

                /** RelayFrame replicaAck */
                replicaAck?: (voxring.v1.ReplicaAck.$Properties|null);

                /** RelayFrame takeover */
                takeover?: (voxring.v1.Takeover.$Properties|null);

                /** RelayFrame takeoverDone */
                takeoverDone?: (voxring.v1.TakeoverDone.$Properties|null);

                /** RelayFrame conversationChanged */
                conversationChanged?: (voxring.v1.ConversationChanged.$Properties|null);

                /** RelayFrame usersHere */
                usersHere?: (voxring.v1.UsersHere.$Properties|null);

                /** RelayFrame receipt */
                receipt?: (voxring.v1.RelayReceipt.$Properties|null);

                /** RelayFrame listening */
                listening?: (voxring.v1.Listening.$Properties|null);

                /** RelayFrame sessionRevoked */
                sessionRevoked?: (voxring.v1.SessionRevoked.$Properties|null);

                /** RelayFrame listenMode */
                listenMode?: (voxring.v1.RelayListenMode.$Properties|null);

                /** RelayFrame body */
                body?: ("relayHeader"|"chunk"|"messageEnd"|"subscribe"|"relayTimeline"|"replicaAck"|"takeover"|"takeoverDone"|"conversationChanged"|"usersHere"|"receipt"|"listening"|"sessionRevoked"|"listenMode");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a RelayFrame. */
            type $Shape = {
              ref?: number|null;
              relayHeader?: voxring.v1.RelayHeader.$Shape|null;
              chunk?: voxring.v1.Chunk.$Shape|null;
              messageEnd?: voxring.v1.MessageEnd.$Shape|null;
              subscribe?: voxring.v1.RelaySubscribe.$Shape|null;
              relayTimeline?: voxring.v1.RelayTimeline.$Shape|null;
              replicaAck?: voxring.v1.ReplicaAck.$Shape|null;
              takeover?: voxring.v1.Takeover.$Shape|null;
              takeoverDone?: voxring.v1.TakeoverDone.$Shape|null;
              conversationChanged?: voxring.v1.ConversationChanged.$Shape|null;
              usersHere?: voxring.v1.UsersHere.$Shape|null;
              receipt?: voxring.v1.RelayReceipt.$Shape|null;
              listening?: voxring.v1.Listening.$Shape|null;
              sessionRevoked?: voxring.v1.SessionRevoked.$Shape|null;
              listenMode?: voxring.v1.RelayListenMode.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt?: null; listening?: null; sessionRevoked?: null; listenMode?: null }|{ body?: "relayHeader"; relayHeader: voxring.v1.RelayHeader.$Shape; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt?: null; listening?: null; sessionRevoked?: null; listenMode?: null }|{ body?: "chunk"; relayHeader?: null; chunk: voxring.v1.Chunk.$Shape; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt?: null; listening?: null; sessionRevoked?: null; listenMode?: null }|{ body?: "messageEnd"; relayHeader?: null; chunk?: null; messageEnd: voxring.v1.MessageEnd.$Shape; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt?: null; listening?: null; sessionRevoked?: null; listenMode?: null }|{ body?: "subscribe"; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe: voxring.v1.RelaySubscribe.$Shape; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt?: null; listening?: null; sessionRevoked?: null; listenMode?: null }|{ body?: "relayTimeline"; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline: voxring.v1.RelayTimeline.$Shape; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt?: null; listening?: null; sessionRevoked?: null; listenMode?: null }|{ body?: "replicaAck"; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck: voxring.v1.ReplicaAck.$Shape; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt?: null; listening?: null; sessionRevoked?: null; listenMode?: null }|{ body?: "takeover"; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover: voxring.v1.Takeover.$Shape; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt?: null; listening?: null; sessionRevoked?: null; listenMode?: null }|{ body?: "takeoverDone"; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone: voxring.v1.TakeoverDone.$Shape; conversationChanged?: null; usersHere?: null; receipt?: null; listening?: null; sessionRevoked?: null; listenMode?: null }|{ body?: "conversationChanged"; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged: voxring.v1.ConversationChanged.$Shape; usersHere?: null; receipt?: null; listening?: null; sessionRevoked?: null; listenMode?: null }|{ body?: "usersHere"; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere: voxring.v1.UsersHere.$Shape; receipt?: null; listening?: null; sessionRevoked?: null; listenMode?: null }|{ body?: "receipt"; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt: voxring.v1.RelayReceipt.$Shape; listening?: null; sessionRevoked?: null; listenMode?: null }|{ body?: "listening"; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt?: null; listening: voxring.v1.Listening.$Shape; sessionRevoked?: null; listenMode?: null }|{ body?: "sessionRevoked"; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt?: null; listening?: null; sessionRevoked: voxring.v1.SessionRevoked.$Shape; listenMode?: null }|{ body?: "listenMode"; relayHeader?: null; chunk?: null; messageEnd?: null; subscribe?: null; relayTimeline?: null; replicaAck?: null; takeover?: null; takeoverDone?: null; conversationChanged?: null; usersHere?: null; receipt?: null; listening?: null; sessionRevoked?: null; listenMode: voxring.v1.RelayListenMode.$Shape })
            );
        }

        /**
         * Properties of a HttpSession.
         * @deprecated Use voxring.v1.HttpSession.$Properties instead.
         */
        interface IHttpSession extends voxring.v1.HttpSession.$Properties {
        }

        /** Represents a HttpSession. */
        class HttpSession {

            /**
             * Constructs a new HttpSession.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.HttpSession.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HttpSession token. */
            token: string;

            /** HttpSession userId. */
            userId: string;

            /** HttpSession username. */
            username: string;

            /** HttpSession expiresAtMs. */
            expiresAtMs: number;

            /** HttpSession home. */
            home: string;

            /** HttpSession fallbacks. */
            fallbacks: string[];

            /**
             * Creates a new HttpSession instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HttpSession instance
             */
            static create(properties: voxring.v1.HttpSession.$Shape): voxring.v1.HttpSession & voxring.v1.HttpSession.$Shape;
            static create(properties?: voxring.v1.HttpSession.$Properties): voxring.v1.HttpSession;

            /**
             * Encodes the specified HttpSession message. Does not implicitly {@link voxring.v1.HttpSession.verify|verify} messages.
             * @param message HttpSession message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.HttpSession.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HttpSession message, length delimited. Does not implicitly {@link voxring.v1.HttpSession.verify|verify} messages.
             * @param message HttpSession message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.HttpSession.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HttpSession message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.HttpSession & voxring.v1.HttpSession.$Shape} HttpSession
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.HttpSession & voxring.v1.HttpSession.$Shape;

            /**
             * Decodes a HttpSession message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.HttpSession & voxring.v1.HttpSession.$Shape} HttpSession
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.HttpSession & voxring.v1.HttpSession.$Shape;

            /**
             * Verifies a HttpSession message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HttpSession message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HttpSession
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.HttpSession;

            /**
             * Creates a plain object from a HttpSession message. Also converts values to other types if specified.
             * @param message HttpSession
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.HttpSession, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HttpSession to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HttpSession
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HttpSession {

            /** Properties of a HttpSession. */
            interface $Properties {

                /** HttpSession token */
                token?: (string|null);

                /** HttpSession userId */
                userId?: (string|null);

                /** HttpSession username */
                username?: (string|null);

                /** HttpSession expiresAtMs */
                expiresAtMs?: (number|null);

                /** HttpSession home */
                home?: (string|null);

                /** HttpSession fallbacks */
                fallbacks?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HttpSession. */
            type $Shape = voxring.v1.HttpSession.$Properties;
        }

        /**
         * Properties of a HttpOk.
         * @deprecated Use voxring.v1.HttpOk.$Properties instead.
         */
        interface IHttpOk extends voxring.v1.HttpOk.$Properties {
        }

        /** Represents a HttpOk. */
        class HttpOk {

            /**
             * Constructs a new HttpOk.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.HttpOk.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HttpOk ok. */
            ok: boolean;

            /**
             * Creates a new HttpOk instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HttpOk instance
             */
            static create(properties: voxring.v1.HttpOk.$Shape): voxring.v1.HttpOk & voxring.v1.HttpOk.$Shape;
            static create(properties?: voxring.v1.HttpOk.$Properties): voxring.v1.HttpOk;

            /**
             * Encodes the specified HttpOk message. Does not implicitly {@link voxring.v1.HttpOk.verify|verify} messages.
             * @param message HttpOk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.HttpOk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HttpOk message, length delimited. Does not implicitly {@link voxring.v1.HttpOk.verify|verify} messages.
             * @param message HttpOk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.HttpOk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HttpOk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.HttpOk & voxring.v1.HttpOk.$Shape} HttpOk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.HttpOk & voxring.v1.HttpOk.$Shape;

            /**
             * Decodes a HttpOk message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.HttpOk & voxring.v1.HttpOk.$Shape} HttpOk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.HttpOk & voxring.v1.HttpOk.$Shape;

            /**
             * Verifies a HttpOk message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HttpOk message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HttpOk
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.HttpOk;

            /**
             * Creates a plain object from a HttpOk message. Also converts values to other types if specified.
             * @param message HttpOk
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.HttpOk, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HttpOk to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HttpOk
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HttpOk {

            /** Properties of a HttpOk. */
            interface $Properties {

                /** HttpOk ok */
                ok?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HttpOk. */
            type $Shape = voxring.v1.HttpOk.$Properties;
        }

        /**
         * Properties of a HttpSpeaker.
         * @deprecated Use voxring.v1.HttpSpeaker.$Properties instead.
         */
        interface IHttpSpeaker extends voxring.v1.HttpSpeaker.$Properties {
        }

        /** Represents a HttpSpeaker. */
        class HttpSpeaker {

            /**
             * Constructs a new HttpSpeaker.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.HttpSpeaker.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HttpSpeaker userId. */
            userId: string;

            /** HttpSpeaker username. */
            username: string;

            /** HttpSpeaker messageId. */
            messageId: string;

            /**
             * Creates a new HttpSpeaker instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HttpSpeaker instance
             */
            static create(properties: voxring.v1.HttpSpeaker.$Shape): voxring.v1.HttpSpeaker & voxring.v1.HttpSpeaker.$Shape;
            static create(properties?: voxring.v1.HttpSpeaker.$Properties): voxring.v1.HttpSpeaker;

            /**
             * Encodes the specified HttpSpeaker message. Does not implicitly {@link voxring.v1.HttpSpeaker.verify|verify} messages.
             * @param message HttpSpeaker message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.HttpSpeaker.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HttpSpeaker message, length delimited. Does not implicitly {@link voxring.v1.HttpSpeaker.verify|verify} messages.
             * @param message HttpSpeaker message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.HttpSpeaker.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HttpSpeaker message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.HttpSpeaker & voxring.v1.HttpSpeaker.$Shape} HttpSpeaker
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.HttpSpeaker & voxring.v1.HttpSpeaker.$Shape;

            /**
             * Decodes a HttpSpeaker message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.HttpSpeaker & voxring.v1.HttpSpeaker.$Shape} HttpSpeaker
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.HttpSpeaker & voxring.v1.HttpSpeaker.$Shape;

            /**
             * Verifies a HttpSpeaker message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HttpSpeaker message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HttpSpeaker
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.HttpSpeaker;

            /**
             * Creates a plain object from a HttpSpeaker message. Also converts values to other types if specified.
             * @param message HttpSpeaker
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.HttpSpeaker, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HttpSpeaker to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HttpSpeaker
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HttpSpeaker {

            /** Properties of a HttpSpeaker. */
            interface $Properties {

                /** HttpSpeaker userId */
                userId?: (string|null);

                /** HttpSpeaker username */
                username?: (string|null);

                /** HttpSpeaker messageId */
                messageId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HttpSpeaker. */
            type $Shape = voxring.v1.HttpSpeaker.$Properties;
        }

        /**
         * Properties of a HttpConversation.
         * @deprecated Use voxring.v1.HttpConversation.$Properties instead.
         */
        interface IHttpConversation extends voxring.v1.HttpConversation.$Properties {
        }

        /** Represents a HttpConversation. */
        class HttpConversation {

            /**
             * Constructs a new HttpConversation.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.HttpConversation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HttpConversation conversationId. */
            conversationId: string;

            /** HttpConversation name. */
            name: string;

            /** HttpConversation isGroup. */
            isGroup: boolean;

            /** HttpConversation participants. */
            participants: voxring.v1.Participant.$Properties[];

            /** HttpConversation createdAtMs. */
            createdAtMs: number;

            /** HttpConversation retentionMs. */
            retentionMs: number;

            /** HttpConversation unread. */
            unread?: (number|null);

            /** HttpConversation speakers. */
            speakers: voxring.v1.HttpSpeaker.$Properties[];

            /**
             * Creates a new HttpConversation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HttpConversation instance
             */
            static create(properties: voxring.v1.HttpConversation.$Shape): voxring.v1.HttpConversation & voxring.v1.HttpConversation.$Shape;
            static create(properties?: voxring.v1.HttpConversation.$Properties): voxring.v1.HttpConversation;

            /**
             * Encodes the specified HttpConversation message. Does not implicitly {@link voxring.v1.HttpConversation.verify|verify} messages.
             * @param message HttpConversation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.HttpConversation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HttpConversation message, length delimited. Does not implicitly {@link voxring.v1.HttpConversation.verify|verify} messages.
             * @param message HttpConversation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.HttpConversation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HttpConversation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.HttpConversation & voxring.v1.HttpConversation.$Shape} HttpConversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.HttpConversation & voxring.v1.HttpConversation.$Shape;

            /**
             * Decodes a HttpConversation message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.HttpConversation & voxring.v1.HttpConversation.$Shape} HttpConversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.HttpConversation & voxring.v1.HttpConversation.$Shape;

            /**
             * Verifies a HttpConversation message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HttpConversation message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HttpConversation
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.HttpConversation;

            /**
             * Creates a plain object from a HttpConversation message. Also converts values to other types if specified.
             * @param message HttpConversation
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.HttpConversation, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HttpConversation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HttpConversation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HttpConversation {

            /** Properties of a HttpConversation. */
            interface $Properties {

                /** HttpConversation conversationId */
                conversationId?: (string|null);

                /** HttpConversation name */
                name?: (string|null);

                /** HttpConversation isGroup */
                isGroup?: (boolean|null);

                /** HttpConversation participants */
                participants?: (voxring.v1.Participant.$Properties[]|null);

                /** HttpConversation createdAtMs */
                createdAtMs?: (number|null);

                /** HttpConversation retentionMs */
                retentionMs?: (number|null);

                /** HttpConversation unread */
                unread?: (number|null);

                /** HttpConversation speakers */
                speakers?: (voxring.v1.HttpSpeaker.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HttpConversation. */
            type $Shape = voxring.v1.HttpConversation.$Properties;
        }

        /**
         * Properties of a HttpConversations.
         * @deprecated Use voxring.v1.HttpConversations.$Properties instead.
         */
        interface IHttpConversations extends voxring.v1.HttpConversations.$Properties {
        }

        /** Represents a HttpConversations. */
        class HttpConversations {

            /**
             * Constructs a new HttpConversations.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.HttpConversations.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HttpConversations conversations. */
            conversations: voxring.v1.HttpConversation.$Properties[];

            /**
             * Creates a new HttpConversations instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HttpConversations instance
             */
            static create(properties: voxring.v1.HttpConversations.$Shape): voxring.v1.HttpConversations & voxring.v1.HttpConversations.$Shape;
            static create(properties?: voxring.v1.HttpConversations.$Properties): voxring.v1.HttpConversations;

            /**
             * Encodes the specified HttpConversations message. Does not implicitly {@link voxring.v1.HttpConversations.verify|verify} messages.
             * @param message HttpConversations message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.HttpConversations.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HttpConversations message, length delimited. Does not implicitly {@link voxring.v1.HttpConversations.verify|verify} messages.
             * @param message HttpConversations message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.HttpConversations.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HttpConversations message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.HttpConversations & voxring.v1.HttpConversations.$Shape} HttpConversations
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.HttpConversations & voxring.v1.HttpConversations.$Shape;

            /**
             * Decodes a HttpConversations message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.HttpConversations & voxring.v1.HttpConversations.$Shape} HttpConversations
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.HttpConversations & voxring.v1.HttpConversations.$Shape;

            /**
             * Verifies a HttpConversations message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HttpConversations message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HttpConversations
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.HttpConversations;

            /**
             * Creates a plain object from a HttpConversations message. Also converts values to other types if specified.
             * @param message HttpConversations
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.HttpConversations, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HttpConversations to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HttpConversations
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HttpConversations {

            /** Properties of a HttpConversations. */
            interface $Properties {

                /** HttpConversations conversations */
                conversations?: (voxring.v1.HttpConversation.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HttpConversations. */
            type $Shape = voxring.v1.HttpConversations.$Properties;
        }

        /**
         * Properties of a HttpUnread.
         * @deprecated Use voxring.v1.HttpUnread.$Properties instead.
         */
        interface IHttpUnread extends voxring.v1.HttpUnread.$Properties {
        }

        /** Represents a HttpUnread. */
        class HttpUnread {

            /**
             * Constructs a new HttpUnread.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.HttpUnread.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HttpUnread conversationId. */
            conversationId: string;

            /** HttpUnread unread. */
            unread: number;

            /**
             * Creates a new HttpUnread instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HttpUnread instance
             */
            static create(properties: voxring.v1.HttpUnread.$Shape): voxring.v1.HttpUnread & voxring.v1.HttpUnread.$Shape;
            static create(properties?: voxring.v1.HttpUnread.$Properties): voxring.v1.HttpUnread;

            /**
             * Encodes the specified HttpUnread message. Does not implicitly {@link voxring.v1.HttpUnread.verify|verify} messages.
             * @param message HttpUnread message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.HttpUnread.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HttpUnread message, length delimited. Does not implicitly {@link voxring.v1.HttpUnread.verify|verify} messages.
             * @param message HttpUnread message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.HttpUnread.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HttpUnread message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.HttpUnread & voxring.v1.HttpUnread.$Shape} HttpUnread
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.HttpUnread & voxring.v1.HttpUnread.$Shape;

            /**
             * Decodes a HttpUnread message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.HttpUnread & voxring.v1.HttpUnread.$Shape} HttpUnread
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.HttpUnread & voxring.v1.HttpUnread.$Shape;

            /**
             * Verifies a HttpUnread message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HttpUnread message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HttpUnread
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.HttpUnread;

            /**
             * Creates a plain object from a HttpUnread message. Also converts values to other types if specified.
             * @param message HttpUnread
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.HttpUnread, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HttpUnread to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HttpUnread
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HttpUnread {

            /** Properties of a HttpUnread. */
            interface $Properties {

                /** HttpUnread conversationId */
                conversationId?: (string|null);

                /** HttpUnread unread */
                unread?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HttpUnread. */
            type $Shape = voxring.v1.HttpUnread.$Properties;
        }

        /**
         * Properties of a HttpListenMode.
         * @deprecated Use voxring.v1.HttpListenMode.$Properties instead.
         */
        interface IHttpListenMode extends voxring.v1.HttpListenMode.$Properties {
        }

        /** Represents a HttpListenMode. */
        class HttpListenMode {

            /**
             * Constructs a new HttpListenMode.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.HttpListenMode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HttpListenMode conversationId. */
            conversationId: string;

            /** HttpListenMode deviceId. */
            deviceId: string;

            /** HttpListenMode mode. */
            mode: voxring.v1.ListenMode;

            /**
             * Creates a new HttpListenMode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HttpListenMode instance
             */
            static create(properties: voxring.v1.HttpListenMode.$Shape): voxring.v1.HttpListenMode & voxring.v1.HttpListenMode.$Shape;
            static create(properties?: voxring.v1.HttpListenMode.$Properties): voxring.v1.HttpListenMode;

            /**
             * Encodes the specified HttpListenMode message. Does not implicitly {@link voxring.v1.HttpListenMode.verify|verify} messages.
             * @param message HttpListenMode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.HttpListenMode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HttpListenMode message, length delimited. Does not implicitly {@link voxring.v1.HttpListenMode.verify|verify} messages.
             * @param message HttpListenMode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.HttpListenMode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HttpListenMode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.HttpListenMode & voxring.v1.HttpListenMode.$Shape} HttpListenMode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.HttpListenMode & voxring.v1.HttpListenMode.$Shape;

            /**
             * Decodes a HttpListenMode message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.HttpListenMode & voxring.v1.HttpListenMode.$Shape} HttpListenMode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.HttpListenMode & voxring.v1.HttpListenMode.$Shape;

            /**
             * Verifies a HttpListenMode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HttpListenMode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HttpListenMode
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.HttpListenMode;

            /**
             * Creates a plain object from a HttpListenMode message. Also converts values to other types if specified.
             * @param message HttpListenMode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.HttpListenMode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HttpListenMode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HttpListenMode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HttpListenMode {

            /** Properties of a HttpListenMode. */
            interface $Properties {

                /** HttpListenMode conversationId */
                conversationId?: (string|null);

                /** HttpListenMode deviceId */
                deviceId?: (string|null);

                /** HttpListenMode mode */
                mode?: (voxring.v1.ListenMode|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HttpListenMode. */
            type $Shape = voxring.v1.HttpListenMode.$Properties;
        }

        /**
         * Properties of a HttpReceiptEntry.
         * @deprecated Use voxring.v1.HttpReceiptEntry.$Properties instead.
         */
        interface IHttpReceiptEntry extends voxring.v1.HttpReceiptEntry.$Properties {
        }

        /** Represents a HttpReceiptEntry. */
        class HttpReceiptEntry {

            /**
             * Constructs a new HttpReceiptEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.HttpReceiptEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HttpReceiptEntry userId. */
            userId: string;

            /** HttpReceiptEntry username. */
            username: string;

            /** HttpReceiptEntry atMs. */
            atMs: number;

            /**
             * Creates a new HttpReceiptEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HttpReceiptEntry instance
             */
            static create(properties: voxring.v1.HttpReceiptEntry.$Shape): voxring.v1.HttpReceiptEntry & voxring.v1.HttpReceiptEntry.$Shape;
            static create(properties?: voxring.v1.HttpReceiptEntry.$Properties): voxring.v1.HttpReceiptEntry;

            /**
             * Encodes the specified HttpReceiptEntry message. Does not implicitly {@link voxring.v1.HttpReceiptEntry.verify|verify} messages.
             * @param message HttpReceiptEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.HttpReceiptEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HttpReceiptEntry message, length delimited. Does not implicitly {@link voxring.v1.HttpReceiptEntry.verify|verify} messages.
             * @param message HttpReceiptEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.HttpReceiptEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HttpReceiptEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.HttpReceiptEntry & voxring.v1.HttpReceiptEntry.$Shape} HttpReceiptEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.HttpReceiptEntry & voxring.v1.HttpReceiptEntry.$Shape;

            /**
             * Decodes a HttpReceiptEntry message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.HttpReceiptEntry & voxring.v1.HttpReceiptEntry.$Shape} HttpReceiptEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.HttpReceiptEntry & voxring.v1.HttpReceiptEntry.$Shape;

            /**
             * Verifies a HttpReceiptEntry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HttpReceiptEntry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HttpReceiptEntry
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.HttpReceiptEntry;

            /**
             * Creates a plain object from a HttpReceiptEntry message. Also converts values to other types if specified.
             * @param message HttpReceiptEntry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.HttpReceiptEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HttpReceiptEntry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HttpReceiptEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HttpReceiptEntry {

            /** Properties of a HttpReceiptEntry. */
            interface $Properties {

                /** HttpReceiptEntry userId */
                userId?: (string|null);

                /** HttpReceiptEntry username */
                username?: (string|null);

                /** HttpReceiptEntry atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HttpReceiptEntry. */
            type $Shape = voxring.v1.HttpReceiptEntry.$Properties;
        }

        /**
         * Properties of a HttpMessage.
         * @deprecated Use voxring.v1.HttpMessage.$Properties instead.
         */
        interface IHttpMessage extends voxring.v1.HttpMessage.$Properties {
        }

        /** Represents a HttpMessage. */
        class HttpMessage {

            /**
             * Constructs a new HttpMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.HttpMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HttpMessage messageId. */
            messageId: string;

            /** HttpMessage conversationId. */
            conversationId: string;

            /** HttpMessage senderId. */
            senderId: string;

            /** HttpMessage senderName. */
            senderName: string;

            /** HttpMessage contentType. */
            contentType: voxring.v1.ContentType;

            /** HttpMessage opus. */
            opus?: (voxring.v1.OpusParams.$Properties|null);

            /** HttpMessage startedAtMs. */
            startedAtMs: number;

            /** HttpMessage endedAtMs. */
            endedAtMs: number;

            /** HttpMessage durationMs. */
            durationMs: number;

            /** HttpMessage chunkCount. */
            chunkCount: number;

            /** HttpMessage byteCount. */
            byteCount: number;

            /** HttpMessage state. */
            state: voxring.v1.MessageState;

            /** HttpMessage text. */
            text: string;

            /** HttpMessage forUserId. */
            forUserId: string;

            /** HttpMessage forUsername. */
            forUsername: string;

            /** HttpMessage location. */
            location?: (voxring.v1.Location.$Properties|null);

            /** HttpMessage image. */
            image?: (voxring.v1.ImageInfo.$Properties|null);

            /** HttpMessage heard. */
            heard: voxring.v1.HttpReceiptEntry.$Properties[];

            /** HttpMessage delivered. */
            delivered: voxring.v1.HttpReceiptEntry.$Properties[];

            /**
             * Creates a new HttpMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HttpMessage instance
             */
            static create(properties: voxring.v1.HttpMessage.$Shape): voxring.v1.HttpMessage & voxring.v1.HttpMessage.$Shape;
            static create(properties?: voxring.v1.HttpMessage.$Properties): voxring.v1.HttpMessage;

            /**
             * Encodes the specified HttpMessage message. Does not implicitly {@link voxring.v1.HttpMessage.verify|verify} messages.
             * @param message HttpMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.HttpMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HttpMessage message, length delimited. Does not implicitly {@link voxring.v1.HttpMessage.verify|verify} messages.
             * @param message HttpMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.HttpMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HttpMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.HttpMessage & voxring.v1.HttpMessage.$Shape} HttpMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.HttpMessage & voxring.v1.HttpMessage.$Shape;

            /**
             * Decodes a HttpMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.HttpMessage & voxring.v1.HttpMessage.$Shape} HttpMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.HttpMessage & voxring.v1.HttpMessage.$Shape;

            /**
             * Verifies a HttpMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HttpMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HttpMessage
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.HttpMessage;

            /**
             * Creates a plain object from a HttpMessage message. Also converts values to other types if specified.
             * @param message HttpMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.HttpMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HttpMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HttpMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HttpMessage {

            /** Properties of a HttpMessage. */
            interface $Properties {

                /** HttpMessage messageId */
                messageId?: (string|null);

                /** HttpMessage conversationId */
                conversationId?: (string|null);

                /** HttpMessage senderId */
                senderId?: (string|null);

                /** HttpMessage senderName */
                senderName?: (string|null);

                /** HttpMessage contentType */
                contentType?: (voxring.v1.ContentType|null);

                /** HttpMessage opus */
                opus?: (voxring.v1.OpusParams.$Properties|null);

                /** HttpMessage startedAtMs */
                startedAtMs?: (number|null);

                /** HttpMessage endedAtMs */
                endedAtMs?: (number|null);

                /** HttpMessage durationMs */
                durationMs?: (number|null);

                /** HttpMessage chunkCount */
                chunkCount?: (number|null);

                /** HttpMessage byteCount */
                byteCount?: (number|null);

                /** HttpMessage state */
                state?: (voxring.v1.MessageState|null);

                /** HttpMessage text */
                text?: (string|null);

                /** HttpMessage forUserId */
                forUserId?: (string|null);

                /** HttpMessage forUsername */
                forUsername?: (string|null);

                /** HttpMessage location */
                location?: (voxring.v1.Location.$Properties|null);

                /** HttpMessage image */
                image?: (voxring.v1.ImageInfo.$Properties|null);

                /** HttpMessage heard */
                heard?: (voxring.v1.HttpReceiptEntry.$Properties[]|null);

                /** HttpMessage delivered */
                delivered?: (voxring.v1.HttpReceiptEntry.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HttpMessage. */
            type $Shape = voxring.v1.HttpMessage.$Properties;
        }

        /**
         * Properties of a HttpMessages.
         * @deprecated Use voxring.v1.HttpMessages.$Properties instead.
         */
        interface IHttpMessages extends voxring.v1.HttpMessages.$Properties {
        }

        /** Represents a HttpMessages. */
        class HttpMessages {

            /**
             * Constructs a new HttpMessages.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.HttpMessages.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HttpMessages messages. */
            messages: voxring.v1.HttpMessage.$Properties[];

            /**
             * Creates a new HttpMessages instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HttpMessages instance
             */
            static create(properties: voxring.v1.HttpMessages.$Shape): voxring.v1.HttpMessages & voxring.v1.HttpMessages.$Shape;
            static create(properties?: voxring.v1.HttpMessages.$Properties): voxring.v1.HttpMessages;

            /**
             * Encodes the specified HttpMessages message. Does not implicitly {@link voxring.v1.HttpMessages.verify|verify} messages.
             * @param message HttpMessages message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.HttpMessages.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HttpMessages message, length delimited. Does not implicitly {@link voxring.v1.HttpMessages.verify|verify} messages.
             * @param message HttpMessages message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.HttpMessages.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HttpMessages message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.HttpMessages & voxring.v1.HttpMessages.$Shape} HttpMessages
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.HttpMessages & voxring.v1.HttpMessages.$Shape;

            /**
             * Decodes a HttpMessages message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.HttpMessages & voxring.v1.HttpMessages.$Shape} HttpMessages
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.HttpMessages & voxring.v1.HttpMessages.$Shape;

            /**
             * Verifies a HttpMessages message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HttpMessages message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HttpMessages
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.HttpMessages;

            /**
             * Creates a plain object from a HttpMessages message. Also converts values to other types if specified.
             * @param message HttpMessages
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.HttpMessages, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HttpMessages to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HttpMessages
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HttpMessages {

            /** Properties of a HttpMessages. */
            interface $Properties {

                /** HttpMessages messages */
                messages?: (voxring.v1.HttpMessage.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HttpMessages. */
            type $Shape = voxring.v1.HttpMessages.$Properties;
        }

        /**
         * Properties of a HttpBlock.
         * @deprecated Use voxring.v1.HttpBlock.$Properties instead.
         */
        interface IHttpBlock extends voxring.v1.HttpBlock.$Properties {
        }

        /** Represents a HttpBlock. */
        class HttpBlock {

            /**
             * Constructs a new HttpBlock.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.HttpBlock.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HttpBlock userId. */
            userId: string;

            /** HttpBlock username. */
            username: string;

            /** HttpBlock createdAtMs. */
            createdAtMs: number;

            /**
             * Creates a new HttpBlock instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HttpBlock instance
             */
            static create(properties: voxring.v1.HttpBlock.$Shape): voxring.v1.HttpBlock & voxring.v1.HttpBlock.$Shape;
            static create(properties?: voxring.v1.HttpBlock.$Properties): voxring.v1.HttpBlock;

            /**
             * Encodes the specified HttpBlock message. Does not implicitly {@link voxring.v1.HttpBlock.verify|verify} messages.
             * @param message HttpBlock message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.HttpBlock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HttpBlock message, length delimited. Does not implicitly {@link voxring.v1.HttpBlock.verify|verify} messages.
             * @param message HttpBlock message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.HttpBlock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HttpBlock message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.HttpBlock & voxring.v1.HttpBlock.$Shape} HttpBlock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.HttpBlock & voxring.v1.HttpBlock.$Shape;

            /**
             * Decodes a HttpBlock message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.HttpBlock & voxring.v1.HttpBlock.$Shape} HttpBlock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.HttpBlock & voxring.v1.HttpBlock.$Shape;

            /**
             * Verifies a HttpBlock message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HttpBlock message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HttpBlock
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.HttpBlock;

            /**
             * Creates a plain object from a HttpBlock message. Also converts values to other types if specified.
             * @param message HttpBlock
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.HttpBlock, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HttpBlock to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HttpBlock
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HttpBlock {

            /** Properties of a HttpBlock. */
            interface $Properties {

                /** HttpBlock userId */
                userId?: (string|null);

                /** HttpBlock username */
                username?: (string|null);

                /** HttpBlock createdAtMs */
                createdAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HttpBlock. */
            type $Shape = voxring.v1.HttpBlock.$Properties;
        }

        /**
         * Properties of a HttpBlocks.
         * @deprecated Use voxring.v1.HttpBlocks.$Properties instead.
         */
        interface IHttpBlocks extends voxring.v1.HttpBlocks.$Properties {
        }

        /** Represents a HttpBlocks. */
        class HttpBlocks {

            /**
             * Constructs a new HttpBlocks.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.HttpBlocks.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HttpBlocks blocks. */
            blocks: voxring.v1.HttpBlock.$Properties[];

            /**
             * Creates a new HttpBlocks instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HttpBlocks instance
             */
            static create(properties: voxring.v1.HttpBlocks.$Shape): voxring.v1.HttpBlocks & voxring.v1.HttpBlocks.$Shape;
            static create(properties?: voxring.v1.HttpBlocks.$Properties): voxring.v1.HttpBlocks;

            /**
             * Encodes the specified HttpBlocks message. Does not implicitly {@link voxring.v1.HttpBlocks.verify|verify} messages.
             * @param message HttpBlocks message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.HttpBlocks.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HttpBlocks message, length delimited. Does not implicitly {@link voxring.v1.HttpBlocks.verify|verify} messages.
             * @param message HttpBlocks message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.HttpBlocks.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HttpBlocks message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.HttpBlocks & voxring.v1.HttpBlocks.$Shape} HttpBlocks
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.HttpBlocks & voxring.v1.HttpBlocks.$Shape;

            /**
             * Decodes a HttpBlocks message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.HttpBlocks & voxring.v1.HttpBlocks.$Shape} HttpBlocks
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.HttpBlocks & voxring.v1.HttpBlocks.$Shape;

            /**
             * Verifies a HttpBlocks message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HttpBlocks message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HttpBlocks
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.HttpBlocks;

            /**
             * Creates a plain object from a HttpBlocks message. Also converts values to other types if specified.
             * @param message HttpBlocks
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.HttpBlocks, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HttpBlocks to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HttpBlocks
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HttpBlocks {

            /** Properties of a HttpBlocks. */
            interface $Properties {

                /** HttpBlocks blocks */
                blocks?: (voxring.v1.HttpBlock.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HttpBlocks. */
            type $Shape = voxring.v1.HttpBlocks.$Properties;
        }

        /**
         * Properties of a HttpError.
         * @deprecated Use voxring.v1.HttpError.$Properties instead.
         */
        interface IHttpError extends voxring.v1.HttpError.$Properties {
        }

        /** Represents a HttpError. */
        class HttpError {

            /**
             * Constructs a new HttpError.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.HttpError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HttpError error. */
            error?: (voxring.v1.Error.$Properties|null);

            /**
             * Creates a new HttpError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HttpError instance
             */
            static create(properties: voxring.v1.HttpError.$Shape): voxring.v1.HttpError & voxring.v1.HttpError.$Shape;
            static create(properties?: voxring.v1.HttpError.$Properties): voxring.v1.HttpError;

            /**
             * Encodes the specified HttpError message. Does not implicitly {@link voxring.v1.HttpError.verify|verify} messages.
             * @param message HttpError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.HttpError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HttpError message, length delimited. Does not implicitly {@link voxring.v1.HttpError.verify|verify} messages.
             * @param message HttpError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.HttpError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HttpError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.HttpError & voxring.v1.HttpError.$Shape} HttpError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.HttpError & voxring.v1.HttpError.$Shape;

            /**
             * Decodes a HttpError message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.HttpError & voxring.v1.HttpError.$Shape} HttpError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.HttpError & voxring.v1.HttpError.$Shape;

            /**
             * Verifies a HttpError message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HttpError message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HttpError
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.HttpError;

            /**
             * Creates a plain object from a HttpError message. Also converts values to other types if specified.
             * @param message HttpError
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.HttpError, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HttpError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HttpError
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HttpError {

            /** Properties of a HttpError. */
            interface $Properties {

                /** HttpError error */
                error?: (voxring.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HttpError. */
            type $Shape = voxring.v1.HttpError.$Properties;
        }

        /**
         * Properties of a HttpHealth.
         * @deprecated Use voxring.v1.HttpHealth.$Properties instead.
         */
        interface IHttpHealth extends voxring.v1.HttpHealth.$Properties {
        }

        /** Represents a HttpHealth. */
        class HttpHealth {

            /**
             * Constructs a new HttpHealth.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.HttpHealth.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HttpHealth status. */
            status: string;

            /** HttpHealth router. */
            router: string;

            /** HttpHealth transport. */
            transport: string;

            /** HttpHealth connections. */
            connections: number;

            /** HttpHealth liveMessages. */
            liveMessages: number;

            /** HttpHealth mirrors. */
            mirrors: number;

            /**
             * Creates a new HttpHealth instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HttpHealth instance
             */
            static create(properties: voxring.v1.HttpHealth.$Shape): voxring.v1.HttpHealth & voxring.v1.HttpHealth.$Shape;
            static create(properties?: voxring.v1.HttpHealth.$Properties): voxring.v1.HttpHealth;

            /**
             * Encodes the specified HttpHealth message. Does not implicitly {@link voxring.v1.HttpHealth.verify|verify} messages.
             * @param message HttpHealth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.HttpHealth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HttpHealth message, length delimited. Does not implicitly {@link voxring.v1.HttpHealth.verify|verify} messages.
             * @param message HttpHealth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.HttpHealth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HttpHealth message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.HttpHealth & voxring.v1.HttpHealth.$Shape} HttpHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.HttpHealth & voxring.v1.HttpHealth.$Shape;

            /**
             * Decodes a HttpHealth message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.HttpHealth & voxring.v1.HttpHealth.$Shape} HttpHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.HttpHealth & voxring.v1.HttpHealth.$Shape;

            /**
             * Verifies a HttpHealth message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HttpHealth message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HttpHealth
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.HttpHealth;

            /**
             * Creates a plain object from a HttpHealth message. Also converts values to other types if specified.
             * @param message HttpHealth
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.HttpHealth, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HttpHealth to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HttpHealth
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HttpHealth {

            /** Properties of a HttpHealth. */
            interface $Properties {

                /** HttpHealth status */
                status?: (string|null);

                /** HttpHealth router */
                router?: (string|null);

                /** HttpHealth transport */
                transport?: (string|null);

                /** HttpHealth connections */
                connections?: (number|null);

                /** HttpHealth liveMessages */
                liveMessages?: (number|null);

                /** HttpHealth mirrors */
                mirrors?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HttpHealth. */
            type $Shape = voxring.v1.HttpHealth.$Properties;
        }

        /**
         * Properties of a HttpReady.
         * @deprecated Use voxring.v1.HttpReady.$Properties instead.
         */
        interface IHttpReady extends voxring.v1.HttpReady.$Properties {
        }

        /** Represents a HttpReady. */
        class HttpReady {

            /**
             * Constructs a new HttpReady.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.HttpReady.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HttpReady ready. */
            ready: boolean;

            /**
             * Creates a new HttpReady instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HttpReady instance
             */
            static create(properties: voxring.v1.HttpReady.$Shape): voxring.v1.HttpReady & voxring.v1.HttpReady.$Shape;
            static create(properties?: voxring.v1.HttpReady.$Properties): voxring.v1.HttpReady;

            /**
             * Encodes the specified HttpReady message. Does not implicitly {@link voxring.v1.HttpReady.verify|verify} messages.
             * @param message HttpReady message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.HttpReady.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HttpReady message, length delimited. Does not implicitly {@link voxring.v1.HttpReady.verify|verify} messages.
             * @param message HttpReady message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.HttpReady.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HttpReady message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.HttpReady & voxring.v1.HttpReady.$Shape} HttpReady
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.HttpReady & voxring.v1.HttpReady.$Shape;

            /**
             * Decodes a HttpReady message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.HttpReady & voxring.v1.HttpReady.$Shape} HttpReady
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.HttpReady & voxring.v1.HttpReady.$Shape;

            /**
             * Verifies a HttpReady message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HttpReady message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HttpReady
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.HttpReady;

            /**
             * Creates a plain object from a HttpReady message. Also converts values to other types if specified.
             * @param message HttpReady
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.HttpReady, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HttpReady to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HttpReady
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HttpReady {

            /** Properties of a HttpReady. */
            interface $Properties {

                /** HttpReady ready */
                ready?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HttpReady. */
            type $Shape = voxring.v1.HttpReady.$Properties;
        }

        /**
         * Properties of a HttpDrain.
         * @deprecated Use voxring.v1.HttpDrain.$Properties instead.
         */
        interface IHttpDrain extends voxring.v1.HttpDrain.$Properties {
        }

        /** Represents a HttpDrain. */
        class HttpDrain {

            /**
             * Constructs a new HttpDrain.
             * @param [properties] Properties to set
             */
            constructor(properties?: voxring.v1.HttpDrain.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HttpDrain router. */
            router: string;

            /** HttpDrain draining. */
            draining: boolean;

            /**
             * Creates a new HttpDrain instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HttpDrain instance
             */
            static create(properties: voxring.v1.HttpDrain.$Shape): voxring.v1.HttpDrain & voxring.v1.HttpDrain.$Shape;
            static create(properties?: voxring.v1.HttpDrain.$Properties): voxring.v1.HttpDrain;

            /**
             * Encodes the specified HttpDrain message. Does not implicitly {@link voxring.v1.HttpDrain.verify|verify} messages.
             * @param message HttpDrain message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: voxring.v1.HttpDrain.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HttpDrain message, length delimited. Does not implicitly {@link voxring.v1.HttpDrain.verify|verify} messages.
             * @param message HttpDrain message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: voxring.v1.HttpDrain.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HttpDrain message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {voxring.v1.HttpDrain & voxring.v1.HttpDrain.$Shape} HttpDrain
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): voxring.v1.HttpDrain & voxring.v1.HttpDrain.$Shape;

            /**
             * Decodes a HttpDrain message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {voxring.v1.HttpDrain & voxring.v1.HttpDrain.$Shape} HttpDrain
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): voxring.v1.HttpDrain & voxring.v1.HttpDrain.$Shape;

            /**
             * Verifies a HttpDrain message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HttpDrain message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HttpDrain
             */
            static fromObject(object: { [k: string]: any }): voxring.v1.HttpDrain;

            /**
             * Creates a plain object from a HttpDrain message. Also converts values to other types if specified.
             * @param message HttpDrain
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: voxring.v1.HttpDrain, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HttpDrain to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HttpDrain
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HttpDrain {

            /** Properties of a HttpDrain. */
            interface $Properties {

                /** HttpDrain router */
                router?: (string|null);

                /** HttpDrain draining */
                draining?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HttpDrain. */
            type $Shape = voxring.v1.HttpDrain.$Properties;
        }
    }
}
