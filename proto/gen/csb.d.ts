import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace csb. */
export namespace csb {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a TimeWindow.
         * @deprecated Use csb.v1.TimeWindow.$Properties instead.
         */
        interface ITimeWindow extends csb.v1.TimeWindow.$Properties {
        }

        /** Represents a TimeWindow. */
        class TimeWindow {

            /**
             * Constructs a new TimeWindow.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.TimeWindow.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TimeWindow earliest. */
            earliest?: (google.protobuf.Timestamp.$Properties|null);

            /** TimeWindow latest. */
            latest?: (google.protobuf.Timestamp.$Properties|null);

            /**
             * Creates a new TimeWindow instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TimeWindow instance
             */
            static create(properties: csb.v1.TimeWindow.$Shape): csb.v1.TimeWindow & csb.v1.TimeWindow.$Shape;
            static create(properties?: csb.v1.TimeWindow.$Properties): csb.v1.TimeWindow;

            /**
             * Encodes the specified TimeWindow message. Does not implicitly {@link csb.v1.TimeWindow.verify|verify} messages.
             * @param message TimeWindow message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.TimeWindow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TimeWindow message, length delimited. Does not implicitly {@link csb.v1.TimeWindow.verify|verify} messages.
             * @param message TimeWindow message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.TimeWindow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TimeWindow message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.TimeWindow & csb.v1.TimeWindow.$Shape} TimeWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.TimeWindow & csb.v1.TimeWindow.$Shape;

            /**
             * Decodes a TimeWindow message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.TimeWindow & csb.v1.TimeWindow.$Shape} TimeWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.TimeWindow & csb.v1.TimeWindow.$Shape;

            /**
             * Verifies a TimeWindow message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TimeWindow message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TimeWindow
             */
            static fromObject(object: { [k: string]: any }): csb.v1.TimeWindow;

            /**
             * Creates a plain object from a TimeWindow message. Also converts values to other types if specified.
             * @param message TimeWindow
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.TimeWindow, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TimeWindow to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TimeWindow
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TimeWindow {

            /** Properties of a TimeWindow. */
            interface $Properties {

                /** TimeWindow earliest */
                earliest?: (google.protobuf.Timestamp.$Properties|null);

                /** TimeWindow latest */
                latest?: (google.protobuf.Timestamp.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TimeWindow. */
            type $Shape = csb.v1.TimeWindow.$Properties;
        }

        /**
         * Properties of a Money.
         * @deprecated Use csb.v1.Money.$Properties instead.
         */
        interface IMoney extends csb.v1.Money.$Properties {
        }

        /** Represents a Money. */
        class Money {

            /**
             * Constructs a new Money.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.Money.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Money currencyCode. */
            currencyCode: string;

            /** Money amountMinor. */
            amountMinor: number;

            /**
             * Creates a new Money instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Money instance
             */
            static create(properties: csb.v1.Money.$Shape): csb.v1.Money & csb.v1.Money.$Shape;
            static create(properties?: csb.v1.Money.$Properties): csb.v1.Money;

            /**
             * Encodes the specified Money message. Does not implicitly {@link csb.v1.Money.verify|verify} messages.
             * @param message Money message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.Money.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Money message, length delimited. Does not implicitly {@link csb.v1.Money.verify|verify} messages.
             * @param message Money message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.Money.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Money message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.Money & csb.v1.Money.$Shape} Money
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.Money & csb.v1.Money.$Shape;

            /**
             * Decodes a Money message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.Money & csb.v1.Money.$Shape} Money
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.Money & csb.v1.Money.$Shape;

            /**
             * Verifies a Money message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Money message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Money
             */
            static fromObject(object: { [k: string]: any }): csb.v1.Money;

            /**
             * Creates a plain object from a Money message. Also converts values to other types if specified.
             * @param message Money
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.Money, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Money to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Money
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Money {

            /** Properties of a Money. */
            interface $Properties {

                /** Money currencyCode */
                currencyCode?: (string|null);

                /** Money amountMinor */
                amountMinor?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Money. */
            type $Shape = csb.v1.Money.$Properties;
        }

        /**
         * Properties of a GeoPoint.
         * @deprecated Use csb.v1.GeoPoint.$Properties instead.
         */
        interface IGeoPoint extends csb.v1.GeoPoint.$Properties {
        }

        /** Represents a GeoPoint. */
        class GeoPoint {

            /**
             * Constructs a new GeoPoint.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.GeoPoint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GeoPoint latitude. */
            latitude: number;

            /** GeoPoint longitude. */
            longitude: number;

            /**
             * Creates a new GeoPoint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GeoPoint instance
             */
            static create(properties: csb.v1.GeoPoint.$Shape): csb.v1.GeoPoint & csb.v1.GeoPoint.$Shape;
            static create(properties?: csb.v1.GeoPoint.$Properties): csb.v1.GeoPoint;

            /**
             * Encodes the specified GeoPoint message. Does not implicitly {@link csb.v1.GeoPoint.verify|verify} messages.
             * @param message GeoPoint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.GeoPoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GeoPoint message, length delimited. Does not implicitly {@link csb.v1.GeoPoint.verify|verify} messages.
             * @param message GeoPoint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.GeoPoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GeoPoint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.GeoPoint & csb.v1.GeoPoint.$Shape} GeoPoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.GeoPoint & csb.v1.GeoPoint.$Shape;

            /**
             * Decodes a GeoPoint message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.GeoPoint & csb.v1.GeoPoint.$Shape} GeoPoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.GeoPoint & csb.v1.GeoPoint.$Shape;

            /**
             * Verifies a GeoPoint message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GeoPoint message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GeoPoint
             */
            static fromObject(object: { [k: string]: any }): csb.v1.GeoPoint;

            /**
             * Creates a plain object from a GeoPoint message. Also converts values to other types if specified.
             * @param message GeoPoint
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.GeoPoint, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GeoPoint to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GeoPoint
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GeoPoint {

            /** Properties of a GeoPoint. */
            interface $Properties {

                /** GeoPoint latitude */
                latitude?: (number|null);

                /** GeoPoint longitude */
                longitude?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GeoPoint. */
            type $Shape = csb.v1.GeoPoint.$Properties;
        }

        /**
         * Properties of a PostalAddress.
         * @deprecated Use csb.v1.PostalAddress.$Properties instead.
         */
        interface IPostalAddress extends csb.v1.PostalAddress.$Properties {
        }

        /** Represents a PostalAddress. */
        class PostalAddress {

            /**
             * Constructs a new PostalAddress.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.PostalAddress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PostalAddress street. */
            street: string;

            /** PostalAddress postalCode. */
            postalCode: string;

            /** PostalAddress city. */
            city: string;

            /** PostalAddress countryCode. */
            countryCode: string;

            /**
             * Creates a new PostalAddress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PostalAddress instance
             */
            static create(properties: csb.v1.PostalAddress.$Shape): csb.v1.PostalAddress & csb.v1.PostalAddress.$Shape;
            static create(properties?: csb.v1.PostalAddress.$Properties): csb.v1.PostalAddress;

            /**
             * Encodes the specified PostalAddress message. Does not implicitly {@link csb.v1.PostalAddress.verify|verify} messages.
             * @param message PostalAddress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.PostalAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PostalAddress message, length delimited. Does not implicitly {@link csb.v1.PostalAddress.verify|verify} messages.
             * @param message PostalAddress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.PostalAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PostalAddress message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.PostalAddress & csb.v1.PostalAddress.$Shape} PostalAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.PostalAddress & csb.v1.PostalAddress.$Shape;

            /**
             * Decodes a PostalAddress message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.PostalAddress & csb.v1.PostalAddress.$Shape} PostalAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.PostalAddress & csb.v1.PostalAddress.$Shape;

            /**
             * Verifies a PostalAddress message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PostalAddress message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PostalAddress
             */
            static fromObject(object: { [k: string]: any }): csb.v1.PostalAddress;

            /**
             * Creates a plain object from a PostalAddress message. Also converts values to other types if specified.
             * @param message PostalAddress
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.PostalAddress, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PostalAddress to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PostalAddress
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PostalAddress {

            /** Properties of a PostalAddress. */
            interface $Properties {

                /** PostalAddress street */
                street?: (string|null);

                /** PostalAddress postalCode */
                postalCode?: (string|null);

                /** PostalAddress city */
                city?: (string|null);

                /** PostalAddress countryCode */
                countryCode?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PostalAddress. */
            type $Shape = csb.v1.PostalAddress.$Properties;
        }

        /**
         * Properties of a Dealer.
         * @deprecated Use csb.v1.Dealer.$Properties instead.
         */
        interface IDealer extends csb.v1.Dealer.$Properties {
        }

        /** Represents a Dealer. */
        class Dealer {

            /**
             * Constructs a new Dealer.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.Dealer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Dealer dealerId. */
            dealerId: string;

            /** Dealer name. */
            name: string;

            /** Dealer phone. */
            phone: string;

            /** Dealer address. */
            address?: (csb.v1.PostalAddress.$Properties|null);

            /** Dealer location. */
            location?: (csb.v1.GeoPoint.$Properties|null);

            /**
             * Creates a new Dealer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Dealer instance
             */
            static create(properties: csb.v1.Dealer.$Shape): csb.v1.Dealer & csb.v1.Dealer.$Shape;
            static create(properties?: csb.v1.Dealer.$Properties): csb.v1.Dealer;

            /**
             * Encodes the specified Dealer message. Does not implicitly {@link csb.v1.Dealer.verify|verify} messages.
             * @param message Dealer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.Dealer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Dealer message, length delimited. Does not implicitly {@link csb.v1.Dealer.verify|verify} messages.
             * @param message Dealer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.Dealer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Dealer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.Dealer & csb.v1.Dealer.$Shape} Dealer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.Dealer & csb.v1.Dealer.$Shape;

            /**
             * Decodes a Dealer message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.Dealer & csb.v1.Dealer.$Shape} Dealer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.Dealer & csb.v1.Dealer.$Shape;

            /**
             * Verifies a Dealer message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Dealer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Dealer
             */
            static fromObject(object: { [k: string]: any }): csb.v1.Dealer;

            /**
             * Creates a plain object from a Dealer message. Also converts values to other types if specified.
             * @param message Dealer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.Dealer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Dealer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Dealer
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Dealer {

            /** Properties of a Dealer. */
            interface $Properties {

                /** Dealer dealerId */
                dealerId?: (string|null);

                /** Dealer name */
                name?: (string|null);

                /** Dealer phone */
                phone?: (string|null);

                /** Dealer address */
                address?: (csb.v1.PostalAddress.$Properties|null);

                /** Dealer location */
                location?: (csb.v1.GeoPoint.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Dealer. */
            type $Shape = csb.v1.Dealer.$Properties;
        }

        /**
         * Properties of a DownlinkEnvelope.
         * @deprecated Use csb.v1.DownlinkEnvelope.$Properties instead.
         */
        interface IDownlinkEnvelope extends csb.v1.DownlinkEnvelope.$Properties {
        }

        /** Represents a DownlinkEnvelope. */
        class DownlinkEnvelope {

            /**
             * Constructs a new DownlinkEnvelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.DownlinkEnvelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DownlinkEnvelope messageId. */
            messageId: string;

            /** DownlinkEnvelope sentAt. */
            sentAt?: (google.protobuf.Timestamp.$Properties|null);

            /** DownlinkEnvelope uplinkResult. */
            uplinkResult?: (csb.v1.UplinkResult.$Properties|null);

            /** DownlinkEnvelope proposal. */
            proposal?: (csb.v1.Proposal.$Properties|null);

            /** DownlinkEnvelope confirmation. */
            confirmation?: (csb.v1.Confirmation.$Properties|null);

            /** DownlinkEnvelope appointmentList. */
            appointmentList?: (csb.v1.AppointmentList.$Properties|null);

            /** DownlinkEnvelope reminder. */
            reminder?: (csb.v1.Reminder.$Properties|null);

            /** DownlinkEnvelope navigationTarget. */
            navigationTarget?: (csb.v1.NavigationTarget.$Properties|null);

            /** DownlinkEnvelope appointmentCancelled. */
            appointmentCancelled?: (csb.v1.AppointmentCancelled.$Properties|null);

            /** DownlinkEnvelope body. */
            body?: ("uplinkResult"|"proposal"|"confirmation"|"appointmentList"|"reminder"|"navigationTarget"|"appointmentCancelled");

            /**
             * Creates a new DownlinkEnvelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DownlinkEnvelope instance
             */
            static create(properties: csb.v1.DownlinkEnvelope.$Shape): csb.v1.DownlinkEnvelope & csb.v1.DownlinkEnvelope.$Shape;
            static create(properties?: csb.v1.DownlinkEnvelope.$Properties): csb.v1.DownlinkEnvelope;

            /**
             * Encodes the specified DownlinkEnvelope message. Does not implicitly {@link csb.v1.DownlinkEnvelope.verify|verify} messages.
             * @param message DownlinkEnvelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.DownlinkEnvelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DownlinkEnvelope message, length delimited. Does not implicitly {@link csb.v1.DownlinkEnvelope.verify|verify} messages.
             * @param message DownlinkEnvelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.DownlinkEnvelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DownlinkEnvelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.DownlinkEnvelope & csb.v1.DownlinkEnvelope.$Shape} DownlinkEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.DownlinkEnvelope & csb.v1.DownlinkEnvelope.$Shape;

            /**
             * Decodes a DownlinkEnvelope message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.DownlinkEnvelope & csb.v1.DownlinkEnvelope.$Shape} DownlinkEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.DownlinkEnvelope & csb.v1.DownlinkEnvelope.$Shape;

            /**
             * Verifies a DownlinkEnvelope message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DownlinkEnvelope message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DownlinkEnvelope
             */
            static fromObject(object: { [k: string]: any }): csb.v1.DownlinkEnvelope;

            /**
             * Creates a plain object from a DownlinkEnvelope message. Also converts values to other types if specified.
             * @param message DownlinkEnvelope
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.DownlinkEnvelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DownlinkEnvelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DownlinkEnvelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DownlinkEnvelope {

            /** Properties of a DownlinkEnvelope. */
            interface $Properties {

                /** DownlinkEnvelope messageId */
                messageId?: (string|null);

                /** DownlinkEnvelope sentAt */
                sentAt?: (google.protobuf.Timestamp.$Properties|null);

                /** DownlinkEnvelope uplinkResult */
                uplinkResult?: (csb.v1.UplinkResult.$Properties|null);

                /** DownlinkEnvelope proposal */
                proposal?: (csb.v1.Proposal.$Properties|null);

                /** DownlinkEnvelope confirmation */
                confirmation?: (csb.v1.Confirmation.$Properties|null);

                /** DownlinkEnvelope appointmentList */
                appointmentList?: (csb.v1.AppointmentList.$Properties|null);

                /** DownlinkEnvelope reminder */
                reminder?: (csb.v1.Reminder.$Properties|null);

                /** DownlinkEnvelope navigationTarget */
                navigationTarget?: (csb.v1.NavigationTarget.$Properties|null);

                /** DownlinkEnvelope appointmentCancelled */
                appointmentCancelled?: (csb.v1.AppointmentCancelled.$Properties|null);

                /** DownlinkEnvelope body */
                body?: ("uplinkResult"|"proposal"|"confirmation"|"appointmentList"|"reminder"|"navigationTarget"|"appointmentCancelled");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a DownlinkEnvelope. */
            type $Shape = {
              messageId?: string|null;
              sentAt?: google.protobuf.Timestamp.$Shape|null;
              uplinkResult?: csb.v1.UplinkResult.$Shape|null;
              proposal?: csb.v1.Proposal.$Shape|null;
              confirmation?: csb.v1.Confirmation.$Shape|null;
              appointmentList?: csb.v1.AppointmentList.$Shape|null;
              reminder?: csb.v1.Reminder.$Shape|null;
              navigationTarget?: csb.v1.NavigationTarget.$Shape|null;
              appointmentCancelled?: csb.v1.AppointmentCancelled.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; uplinkResult?: null; proposal?: null; confirmation?: null; appointmentList?: null; reminder?: null; navigationTarget?: null; appointmentCancelled?: null }|{ body?: "uplinkResult"; uplinkResult: csb.v1.UplinkResult.$Shape; proposal?: null; confirmation?: null; appointmentList?: null; reminder?: null; navigationTarget?: null; appointmentCancelled?: null }|{ body?: "proposal"; uplinkResult?: null; proposal: csb.v1.Proposal.$Shape; confirmation?: null; appointmentList?: null; reminder?: null; navigationTarget?: null; appointmentCancelled?: null }|{ body?: "confirmation"; uplinkResult?: null; proposal?: null; confirmation: csb.v1.Confirmation.$Shape; appointmentList?: null; reminder?: null; navigationTarget?: null; appointmentCancelled?: null }|{ body?: "appointmentList"; uplinkResult?: null; proposal?: null; confirmation?: null; appointmentList: csb.v1.AppointmentList.$Shape; reminder?: null; navigationTarget?: null; appointmentCancelled?: null }|{ body?: "reminder"; uplinkResult?: null; proposal?: null; confirmation?: null; appointmentList?: null; reminder: csb.v1.Reminder.$Shape; navigationTarget?: null; appointmentCancelled?: null }|{ body?: "navigationTarget"; uplinkResult?: null; proposal?: null; confirmation?: null; appointmentList?: null; reminder?: null; navigationTarget: csb.v1.NavigationTarget.$Shape; appointmentCancelled?: null }|{ body?: "appointmentCancelled"; uplinkResult?: null; proposal?: null; confirmation?: null; appointmentList?: null; reminder?: null; navigationTarget?: null; appointmentCancelled: csb.v1.AppointmentCancelled.$Shape })
            );
        }

        /**
         * Properties of an UplinkResult.
         * @deprecated Use csb.v1.UplinkResult.$Properties instead.
         */
        interface IUplinkResult extends csb.v1.UplinkResult.$Properties {
        }

        /** Represents an UplinkResult. */
        class UplinkResult {

            /**
             * Constructs a new UplinkResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.UplinkResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UplinkResult uplinkMessageId. */
            uplinkMessageId: string;

            /** UplinkResult accepted. */
            accepted?: (csb.v1.Accepted.$Properties|null);

            /** UplinkResult rejected. */
            rejected?: (csb.v1.Rejected.$Properties|null);

            /** UplinkResult outcome. */
            outcome?: ("accepted"|"rejected");

            /**
             * Creates a new UplinkResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UplinkResult instance
             */
            static create(properties: csb.v1.UplinkResult.$Shape): csb.v1.UplinkResult & csb.v1.UplinkResult.$Shape;
            static create(properties?: csb.v1.UplinkResult.$Properties): csb.v1.UplinkResult;

            /**
             * Encodes the specified UplinkResult message. Does not implicitly {@link csb.v1.UplinkResult.verify|verify} messages.
             * @param message UplinkResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.UplinkResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UplinkResult message, length delimited. Does not implicitly {@link csb.v1.UplinkResult.verify|verify} messages.
             * @param message UplinkResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.UplinkResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UplinkResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.UplinkResult & csb.v1.UplinkResult.$Shape} UplinkResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.UplinkResult & csb.v1.UplinkResult.$Shape;

            /**
             * Decodes an UplinkResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.UplinkResult & csb.v1.UplinkResult.$Shape} UplinkResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.UplinkResult & csb.v1.UplinkResult.$Shape;

            /**
             * Verifies an UplinkResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an UplinkResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UplinkResult
             */
            static fromObject(object: { [k: string]: any }): csb.v1.UplinkResult;

            /**
             * Creates a plain object from an UplinkResult message. Also converts values to other types if specified.
             * @param message UplinkResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.UplinkResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UplinkResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UplinkResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UplinkResult {

            /** Properties of an UplinkResult. */
            interface $Properties {

                /** UplinkResult uplinkMessageId */
                uplinkMessageId?: (string|null);

                /** UplinkResult accepted */
                accepted?: (csb.v1.Accepted.$Properties|null);

                /** UplinkResult rejected */
                rejected?: (csb.v1.Rejected.$Properties|null);

                /** UplinkResult outcome */
                outcome?: ("accepted"|"rejected");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an UplinkResult. */
            type $Shape = {
              uplinkMessageId?: string|null;
              accepted?: csb.v1.Accepted.$Shape|null;
              rejected?: csb.v1.Rejected.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ outcome?: undefined; accepted?: null; rejected?: null }|{ outcome?: "accepted"; accepted: csb.v1.Accepted.$Shape; rejected?: null }|{ outcome?: "rejected"; accepted?: null; rejected: csb.v1.Rejected.$Shape })
            );
        }

        /**
         * Properties of an Accepted.
         * @deprecated Use csb.v1.Accepted.$Properties instead.
         */
        interface IAccepted extends csb.v1.Accepted.$Properties {
        }

        /** Represents an Accepted. */
        class Accepted {

            /**
             * Constructs a new Accepted.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.Accepted.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Accepted appointmentId. */
            appointmentId: string;

            /**
             * Creates a new Accepted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Accepted instance
             */
            static create(properties: csb.v1.Accepted.$Shape): csb.v1.Accepted & csb.v1.Accepted.$Shape;
            static create(properties?: csb.v1.Accepted.$Properties): csb.v1.Accepted;

            /**
             * Encodes the specified Accepted message. Does not implicitly {@link csb.v1.Accepted.verify|verify} messages.
             * @param message Accepted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.Accepted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Accepted message, length delimited. Does not implicitly {@link csb.v1.Accepted.verify|verify} messages.
             * @param message Accepted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.Accepted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Accepted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.Accepted & csb.v1.Accepted.$Shape} Accepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.Accepted & csb.v1.Accepted.$Shape;

            /**
             * Decodes an Accepted message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.Accepted & csb.v1.Accepted.$Shape} Accepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.Accepted & csb.v1.Accepted.$Shape;

            /**
             * Verifies an Accepted message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Accepted message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Accepted
             */
            static fromObject(object: { [k: string]: any }): csb.v1.Accepted;

            /**
             * Creates a plain object from an Accepted message. Also converts values to other types if specified.
             * @param message Accepted
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.Accepted, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Accepted to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Accepted
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Accepted {

            /** Properties of an Accepted. */
            interface $Properties {

                /** Accepted appointmentId */
                appointmentId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Accepted. */
            type $Shape = csb.v1.Accepted.$Properties;
        }

        /**
         * Properties of a Rejected.
         * @deprecated Use csb.v1.Rejected.$Properties instead.
         */
        interface IRejected extends csb.v1.Rejected.$Properties {
        }

        /** Represents a Rejected. */
        class Rejected {

            /**
             * Constructs a new Rejected.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.Rejected.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Rejected code. */
            code: csb.v1.RejectionCode;

            /** Rejected message. */
            message: string;

            /** Rejected retryable. */
            retryable: boolean;

            /**
             * Creates a new Rejected instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Rejected instance
             */
            static create(properties: csb.v1.Rejected.$Shape): csb.v1.Rejected & csb.v1.Rejected.$Shape;
            static create(properties?: csb.v1.Rejected.$Properties): csb.v1.Rejected;

            /**
             * Encodes the specified Rejected message. Does not implicitly {@link csb.v1.Rejected.verify|verify} messages.
             * @param message Rejected message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.Rejected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Rejected message, length delimited. Does not implicitly {@link csb.v1.Rejected.verify|verify} messages.
             * @param message Rejected message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.Rejected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Rejected message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.Rejected & csb.v1.Rejected.$Shape} Rejected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.Rejected & csb.v1.Rejected.$Shape;

            /**
             * Decodes a Rejected message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.Rejected & csb.v1.Rejected.$Shape} Rejected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.Rejected & csb.v1.Rejected.$Shape;

            /**
             * Verifies a Rejected message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Rejected message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Rejected
             */
            static fromObject(object: { [k: string]: any }): csb.v1.Rejected;

            /**
             * Creates a plain object from a Rejected message. Also converts values to other types if specified.
             * @param message Rejected
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.Rejected, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Rejected to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Rejected
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Rejected {

            /** Properties of a Rejected. */
            interface $Properties {

                /** Rejected code */
                code?: (csb.v1.RejectionCode|null);

                /** Rejected message */
                message?: (string|null);

                /** Rejected retryable */
                retryable?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Rejected. */
            type $Shape = csb.v1.Rejected.$Properties;
        }

        /** RejectionCode enum. */
        enum RejectionCode {

            /** REJECTION_CODE_UNSPECIFIED value */
            REJECTION_CODE_UNSPECIFIED = 0,

            /** REJECTION_CODE_PAYLOAD_TOO_LARGE value */
            REJECTION_CODE_PAYLOAD_TOO_LARGE = 1,

            /** REJECTION_CODE_UNDECODABLE value */
            REJECTION_CODE_UNDECODABLE = 2,

            /** REJECTION_CODE_INVALID_MESSAGE value */
            REJECTION_CODE_INVALID_MESSAGE = 3,

            /** REJECTION_CODE_TOPIC_MISMATCH value */
            REJECTION_CODE_TOPIC_MISMATCH = 4,

            /** REJECTION_CODE_UNKNOWN_BODY value */
            REJECTION_CODE_UNKNOWN_BODY = 5,

            /** REJECTION_CODE_NO_PREFERRED_DEALER value */
            REJECTION_CODE_NO_PREFERRED_DEALER = 10,

            /** REJECTION_CODE_CONSENT_MISSING value */
            REJECTION_CODE_CONSENT_MISSING = 11,

            /** REJECTION_CODE_APPOINTMENT_NOT_FOUND value */
            REJECTION_CODE_APPOINTMENT_NOT_FOUND = 12,

            /** REJECTION_CODE_INVALID_TRANSITION value */
            REJECTION_CODE_INVALID_TRANSITION = 13,

            /** REJECTION_CODE_PROPOSAL_SUPERSEDED value */
            REJECTION_CODE_PROPOSAL_SUPERSEDED = 14,

            /** REJECTION_CODE_NO_PRIMARY_DRIVER value */
            REJECTION_CODE_NO_PRIMARY_DRIVER = 15,

            /** REJECTION_CODE_RATE_LIMITED value */
            REJECTION_CODE_RATE_LIMITED = 20,

            /** REJECTION_CODE_TEMPORARILY_UNAVAILABLE value */
            REJECTION_CODE_TEMPORARILY_UNAVAILABLE = 30,

            /** REJECTION_CODE_TOO_MANY_OPEN_APPOINTMENTS value */
            REJECTION_CODE_TOO_MANY_OPEN_APPOINTMENTS = 16,

            /** REJECTION_CODE_PROPOSAL_EXPIRED value */
            REJECTION_CODE_PROPOSAL_EXPIRED = 17
        }

        /**
         * Properties of a Proposal.
         * @deprecated Use csb.v1.Proposal.$Properties instead.
         */
        interface IProposal extends csb.v1.Proposal.$Properties {
        }

        /** Represents a Proposal. */
        class Proposal {

            /**
             * Constructs a new Proposal.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.Proposal.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Proposal appointmentId. */
            appointmentId: string;

            /** Proposal proposalId. */
            proposalId: string;

            /** Proposal dealer. */
            dealer?: (csb.v1.Dealer.$Properties|null);

            /** Proposal start. */
            start?: (google.protobuf.Timestamp.$Properties|null);

            /** Proposal durationMinutes. */
            durationMinutes: number;

            /** Proposal price. */
            price?: (csb.v1.Money.$Properties|null);

            /**
             * Creates a new Proposal instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Proposal instance
             */
            static create(properties: csb.v1.Proposal.$Shape): csb.v1.Proposal & csb.v1.Proposal.$Shape;
            static create(properties?: csb.v1.Proposal.$Properties): csb.v1.Proposal;

            /**
             * Encodes the specified Proposal message. Does not implicitly {@link csb.v1.Proposal.verify|verify} messages.
             * @param message Proposal message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.Proposal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Proposal message, length delimited. Does not implicitly {@link csb.v1.Proposal.verify|verify} messages.
             * @param message Proposal message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.Proposal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Proposal message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.Proposal & csb.v1.Proposal.$Shape} Proposal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.Proposal & csb.v1.Proposal.$Shape;

            /**
             * Decodes a Proposal message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.Proposal & csb.v1.Proposal.$Shape} Proposal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.Proposal & csb.v1.Proposal.$Shape;

            /**
             * Verifies a Proposal message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Proposal message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Proposal
             */
            static fromObject(object: { [k: string]: any }): csb.v1.Proposal;

            /**
             * Creates a plain object from a Proposal message. Also converts values to other types if specified.
             * @param message Proposal
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.Proposal, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Proposal to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Proposal
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Proposal {

            /** Properties of a Proposal. */
            interface $Properties {

                /** Proposal appointmentId */
                appointmentId?: (string|null);

                /** Proposal proposalId */
                proposalId?: (string|null);

                /** Proposal dealer */
                dealer?: (csb.v1.Dealer.$Properties|null);

                /** Proposal start */
                start?: (google.protobuf.Timestamp.$Properties|null);

                /** Proposal durationMinutes */
                durationMinutes?: (number|null);

                /** Proposal price */
                price?: (csb.v1.Money.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Proposal. */
            type $Shape = csb.v1.Proposal.$Properties;
        }

        /**
         * Properties of a Confirmation.
         * @deprecated Use csb.v1.Confirmation.$Properties instead.
         */
        interface IConfirmation extends csb.v1.Confirmation.$Properties {
        }

        /** Represents a Confirmation. */
        class Confirmation {

            /**
             * Constructs a new Confirmation.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.Confirmation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Confirmation appointmentId. */
            appointmentId: string;

            /** Confirmation dealer. */
            dealer?: (csb.v1.Dealer.$Properties|null);

            /** Confirmation start. */
            start?: (google.protobuf.Timestamp.$Properties|null);

            /** Confirmation durationMinutes. */
            durationMinutes: number;

            /** Confirmation status. */
            status: csb.v1.AppointmentStatus;

            /**
             * Creates a new Confirmation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Confirmation instance
             */
            static create(properties: csb.v1.Confirmation.$Shape): csb.v1.Confirmation & csb.v1.Confirmation.$Shape;
            static create(properties?: csb.v1.Confirmation.$Properties): csb.v1.Confirmation;

            /**
             * Encodes the specified Confirmation message. Does not implicitly {@link csb.v1.Confirmation.verify|verify} messages.
             * @param message Confirmation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.Confirmation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Confirmation message, length delimited. Does not implicitly {@link csb.v1.Confirmation.verify|verify} messages.
             * @param message Confirmation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.Confirmation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Confirmation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.Confirmation & csb.v1.Confirmation.$Shape} Confirmation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.Confirmation & csb.v1.Confirmation.$Shape;

            /**
             * Decodes a Confirmation message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.Confirmation & csb.v1.Confirmation.$Shape} Confirmation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.Confirmation & csb.v1.Confirmation.$Shape;

            /**
             * Verifies a Confirmation message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Confirmation message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Confirmation
             */
            static fromObject(object: { [k: string]: any }): csb.v1.Confirmation;

            /**
             * Creates a plain object from a Confirmation message. Also converts values to other types if specified.
             * @param message Confirmation
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.Confirmation, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Confirmation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Confirmation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Confirmation {

            /** Properties of a Confirmation. */
            interface $Properties {

                /** Confirmation appointmentId */
                appointmentId?: (string|null);

                /** Confirmation dealer */
                dealer?: (csb.v1.Dealer.$Properties|null);

                /** Confirmation start */
                start?: (google.protobuf.Timestamp.$Properties|null);

                /** Confirmation durationMinutes */
                durationMinutes?: (number|null);

                /** Confirmation status */
                status?: (csb.v1.AppointmentStatus|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Confirmation. */
            type $Shape = csb.v1.Confirmation.$Properties;
        }

        /** AppointmentStatus enum. */
        enum AppointmentStatus {

            /** APPOINTMENT_STATUS_UNSPECIFIED value */
            APPOINTMENT_STATUS_UNSPECIFIED = 0,

            /** APPOINTMENT_STATUS_REQUESTED value */
            APPOINTMENT_STATUS_REQUESTED = 1,

            /** APPOINTMENT_STATUS_INQUIRED value */
            APPOINTMENT_STATUS_INQUIRED = 2,

            /** APPOINTMENT_STATUS_PROPOSED value */
            APPOINTMENT_STATUS_PROPOSED = 3,

            /** APPOINTMENT_STATUS_ACCEPTED value */
            APPOINTMENT_STATUS_ACCEPTED = 4,

            /** APPOINTMENT_STATUS_CONFIRMED value */
            APPOINTMENT_STATUS_CONFIRMED = 5,

            /** APPOINTMENT_STATUS_PRE_BOOKED value */
            APPOINTMENT_STATUS_PRE_BOOKED = 6,

            /** APPOINTMENT_STATUS_CANCELLED value */
            APPOINTMENT_STATUS_CANCELLED = 7,

            /** APPOINTMENT_STATUS_CLOSED value */
            APPOINTMENT_STATUS_CLOSED = 8
        }

        /**
         * Properties of an AppointmentList.
         * @deprecated Use csb.v1.AppointmentList.$Properties instead.
         */
        interface IAppointmentList extends csb.v1.AppointmentList.$Properties {
        }

        /** Represents an AppointmentList. */
        class AppointmentList {

            /**
             * Constructs a new AppointmentList.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.AppointmentList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AppointmentList generatedAt. */
            generatedAt?: (google.protobuf.Timestamp.$Properties|null);

            /** AppointmentList appointments. */
            appointments: csb.v1.CarAppointment.$Properties[];

            /**
             * Creates a new AppointmentList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AppointmentList instance
             */
            static create(properties: csb.v1.AppointmentList.$Shape): csb.v1.AppointmentList & csb.v1.AppointmentList.$Shape;
            static create(properties?: csb.v1.AppointmentList.$Properties): csb.v1.AppointmentList;

            /**
             * Encodes the specified AppointmentList message. Does not implicitly {@link csb.v1.AppointmentList.verify|verify} messages.
             * @param message AppointmentList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.AppointmentList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AppointmentList message, length delimited. Does not implicitly {@link csb.v1.AppointmentList.verify|verify} messages.
             * @param message AppointmentList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.AppointmentList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AppointmentList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.AppointmentList & csb.v1.AppointmentList.$Shape} AppointmentList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.AppointmentList & csb.v1.AppointmentList.$Shape;

            /**
             * Decodes an AppointmentList message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.AppointmentList & csb.v1.AppointmentList.$Shape} AppointmentList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.AppointmentList & csb.v1.AppointmentList.$Shape;

            /**
             * Verifies an AppointmentList message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AppointmentList message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AppointmentList
             */
            static fromObject(object: { [k: string]: any }): csb.v1.AppointmentList;

            /**
             * Creates a plain object from an AppointmentList message. Also converts values to other types if specified.
             * @param message AppointmentList
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.AppointmentList, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AppointmentList to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AppointmentList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AppointmentList {

            /** Properties of an AppointmentList. */
            interface $Properties {

                /** AppointmentList generatedAt */
                generatedAt?: (google.protobuf.Timestamp.$Properties|null);

                /** AppointmentList appointments */
                appointments?: (csb.v1.CarAppointment.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AppointmentList. */
            type $Shape = csb.v1.AppointmentList.$Properties;
        }

        /**
         * Properties of a CarAppointment.
         * @deprecated Use csb.v1.CarAppointment.$Properties instead.
         */
        interface ICarAppointment extends csb.v1.CarAppointment.$Properties {
        }

        /** Represents a CarAppointment. */
        class CarAppointment {

            /**
             * Constructs a new CarAppointment.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.CarAppointment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CarAppointment appointmentId. */
            appointmentId: string;

            /** CarAppointment status. */
            status: csb.v1.AppointmentStatus;

            /** CarAppointment dealer. */
            dealer?: (csb.v1.Dealer.$Properties|null);

            /** CarAppointment start. */
            start?: (google.protobuf.Timestamp.$Properties|null);

            /** CarAppointment durationMinutes. */
            durationMinutes: number;

            /** CarAppointment price. */
            price?: (csb.v1.Money.$Properties|null);

            /** CarAppointment proposalId. */
            proposalId: string;

            /**
             * Creates a new CarAppointment instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CarAppointment instance
             */
            static create(properties: csb.v1.CarAppointment.$Shape): csb.v1.CarAppointment & csb.v1.CarAppointment.$Shape;
            static create(properties?: csb.v1.CarAppointment.$Properties): csb.v1.CarAppointment;

            /**
             * Encodes the specified CarAppointment message. Does not implicitly {@link csb.v1.CarAppointment.verify|verify} messages.
             * @param message CarAppointment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.CarAppointment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CarAppointment message, length delimited. Does not implicitly {@link csb.v1.CarAppointment.verify|verify} messages.
             * @param message CarAppointment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.CarAppointment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CarAppointment message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.CarAppointment & csb.v1.CarAppointment.$Shape} CarAppointment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.CarAppointment & csb.v1.CarAppointment.$Shape;

            /**
             * Decodes a CarAppointment message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.CarAppointment & csb.v1.CarAppointment.$Shape} CarAppointment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.CarAppointment & csb.v1.CarAppointment.$Shape;

            /**
             * Verifies a CarAppointment message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CarAppointment message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CarAppointment
             */
            static fromObject(object: { [k: string]: any }): csb.v1.CarAppointment;

            /**
             * Creates a plain object from a CarAppointment message. Also converts values to other types if specified.
             * @param message CarAppointment
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.CarAppointment, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CarAppointment to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CarAppointment
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CarAppointment {

            /** Properties of a CarAppointment. */
            interface $Properties {

                /** CarAppointment appointmentId */
                appointmentId?: (string|null);

                /** CarAppointment status */
                status?: (csb.v1.AppointmentStatus|null);

                /** CarAppointment dealer */
                dealer?: (csb.v1.Dealer.$Properties|null);

                /** CarAppointment start */
                start?: (google.protobuf.Timestamp.$Properties|null);

                /** CarAppointment durationMinutes */
                durationMinutes?: (number|null);

                /** CarAppointment price */
                price?: (csb.v1.Money.$Properties|null);

                /** CarAppointment proposalId */
                proposalId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CarAppointment. */
            type $Shape = csb.v1.CarAppointment.$Properties;
        }

        /**
         * Properties of a Reminder.
         * @deprecated Use csb.v1.Reminder.$Properties instead.
         */
        interface IReminder extends csb.v1.Reminder.$Properties {
        }

        /** Represents a Reminder. */
        class Reminder {

            /**
             * Constructs a new Reminder.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.Reminder.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Reminder appointmentId. */
            appointmentId: string;

            /** Reminder dealer. */
            dealer?: (csb.v1.Dealer.$Properties|null);

            /** Reminder start. */
            start?: (google.protobuf.Timestamp.$Properties|null);

            /** Reminder kind. */
            kind: csb.v1.ReminderKind;

            /** Reminder daysBefore. */
            daysBefore: number;

            /**
             * Creates a new Reminder instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Reminder instance
             */
            static create(properties: csb.v1.Reminder.$Shape): csb.v1.Reminder & csb.v1.Reminder.$Shape;
            static create(properties?: csb.v1.Reminder.$Properties): csb.v1.Reminder;

            /**
             * Encodes the specified Reminder message. Does not implicitly {@link csb.v1.Reminder.verify|verify} messages.
             * @param message Reminder message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.Reminder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Reminder message, length delimited. Does not implicitly {@link csb.v1.Reminder.verify|verify} messages.
             * @param message Reminder message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.Reminder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Reminder message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.Reminder & csb.v1.Reminder.$Shape} Reminder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.Reminder & csb.v1.Reminder.$Shape;

            /**
             * Decodes a Reminder message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.Reminder & csb.v1.Reminder.$Shape} Reminder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.Reminder & csb.v1.Reminder.$Shape;

            /**
             * Verifies a Reminder message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Reminder message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Reminder
             */
            static fromObject(object: { [k: string]: any }): csb.v1.Reminder;

            /**
             * Creates a plain object from a Reminder message. Also converts values to other types if specified.
             * @param message Reminder
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.Reminder, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Reminder to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Reminder
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Reminder {

            /** Properties of a Reminder. */
            interface $Properties {

                /** Reminder appointmentId */
                appointmentId?: (string|null);

                /** Reminder dealer */
                dealer?: (csb.v1.Dealer.$Properties|null);

                /** Reminder start */
                start?: (google.protobuf.Timestamp.$Properties|null);

                /** Reminder kind */
                kind?: (csb.v1.ReminderKind|null);

                /** Reminder daysBefore */
                daysBefore?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Reminder. */
            type $Shape = csb.v1.Reminder.$Properties;
        }

        /** ReminderKind enum. */
        enum ReminderKind {

            /** REMINDER_KIND_UNSPECIFIED value */
            REMINDER_KIND_UNSPECIFIED = 0,

            /** REMINDER_KIND_DAYS_BEFORE value */
            REMINDER_KIND_DAYS_BEFORE = 1,

            /** REMINDER_KIND_DAY_OF value */
            REMINDER_KIND_DAY_OF = 2
        }

        /**
         * Properties of a NavigationTarget.
         * @deprecated Use csb.v1.NavigationTarget.$Properties instead.
         */
        interface INavigationTarget extends csb.v1.NavigationTarget.$Properties {
        }

        /** Represents a NavigationTarget. */
        class NavigationTarget {

            /**
             * Constructs a new NavigationTarget.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.NavigationTarget.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NavigationTarget appointmentId. */
            appointmentId: string;

            /** NavigationTarget dealer. */
            dealer?: (csb.v1.Dealer.$Properties|null);

            /** NavigationTarget arriveBy. */
            arriveBy?: (google.protobuf.Timestamp.$Properties|null);

            /** NavigationTarget mode. */
            mode: csb.v1.NavigationMode;

            /**
             * Creates a new NavigationTarget instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NavigationTarget instance
             */
            static create(properties: csb.v1.NavigationTarget.$Shape): csb.v1.NavigationTarget & csb.v1.NavigationTarget.$Shape;
            static create(properties?: csb.v1.NavigationTarget.$Properties): csb.v1.NavigationTarget;

            /**
             * Encodes the specified NavigationTarget message. Does not implicitly {@link csb.v1.NavigationTarget.verify|verify} messages.
             * @param message NavigationTarget message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.NavigationTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NavigationTarget message, length delimited. Does not implicitly {@link csb.v1.NavigationTarget.verify|verify} messages.
             * @param message NavigationTarget message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.NavigationTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NavigationTarget message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.NavigationTarget & csb.v1.NavigationTarget.$Shape} NavigationTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.NavigationTarget & csb.v1.NavigationTarget.$Shape;

            /**
             * Decodes a NavigationTarget message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.NavigationTarget & csb.v1.NavigationTarget.$Shape} NavigationTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.NavigationTarget & csb.v1.NavigationTarget.$Shape;

            /**
             * Verifies a NavigationTarget message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NavigationTarget message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NavigationTarget
             */
            static fromObject(object: { [k: string]: any }): csb.v1.NavigationTarget;

            /**
             * Creates a plain object from a NavigationTarget message. Also converts values to other types if specified.
             * @param message NavigationTarget
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.NavigationTarget, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NavigationTarget to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NavigationTarget
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NavigationTarget {

            /** Properties of a NavigationTarget. */
            interface $Properties {

                /** NavigationTarget appointmentId */
                appointmentId?: (string|null);

                /** NavigationTarget dealer */
                dealer?: (csb.v1.Dealer.$Properties|null);

                /** NavigationTarget arriveBy */
                arriveBy?: (google.protobuf.Timestamp.$Properties|null);

                /** NavigationTarget mode */
                mode?: (csb.v1.NavigationMode|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NavigationTarget. */
            type $Shape = csb.v1.NavigationTarget.$Properties;
        }

        /** NavigationMode enum. */
        enum NavigationMode {

            /** NAVIGATION_MODE_UNSPECIFIED value */
            NAVIGATION_MODE_UNSPECIFIED = 0,

            /** NAVIGATION_MODE_DESTINATION value */
            NAVIGATION_MODE_DESTINATION = 1,

            /** NAVIGATION_MODE_WAYPOINT value */
            NAVIGATION_MODE_WAYPOINT = 2
        }

        /**
         * Properties of an AppointmentCancelled.
         * @deprecated Use csb.v1.AppointmentCancelled.$Properties instead.
         */
        interface IAppointmentCancelled extends csb.v1.AppointmentCancelled.$Properties {
        }

        /** Represents an AppointmentCancelled. */
        class AppointmentCancelled {

            /**
             * Constructs a new AppointmentCancelled.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.AppointmentCancelled.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AppointmentCancelled appointmentId. */
            appointmentId: string;

            /** AppointmentCancelled cancelledBy. */
            cancelledBy: csb.v1.CancelledBy;

            /** AppointmentCancelled reason. */
            reason: string;

            /**
             * Creates a new AppointmentCancelled instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AppointmentCancelled instance
             */
            static create(properties: csb.v1.AppointmentCancelled.$Shape): csb.v1.AppointmentCancelled & csb.v1.AppointmentCancelled.$Shape;
            static create(properties?: csb.v1.AppointmentCancelled.$Properties): csb.v1.AppointmentCancelled;

            /**
             * Encodes the specified AppointmentCancelled message. Does not implicitly {@link csb.v1.AppointmentCancelled.verify|verify} messages.
             * @param message AppointmentCancelled message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.AppointmentCancelled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AppointmentCancelled message, length delimited. Does not implicitly {@link csb.v1.AppointmentCancelled.verify|verify} messages.
             * @param message AppointmentCancelled message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.AppointmentCancelled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AppointmentCancelled message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.AppointmentCancelled & csb.v1.AppointmentCancelled.$Shape} AppointmentCancelled
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.AppointmentCancelled & csb.v1.AppointmentCancelled.$Shape;

            /**
             * Decodes an AppointmentCancelled message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.AppointmentCancelled & csb.v1.AppointmentCancelled.$Shape} AppointmentCancelled
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.AppointmentCancelled & csb.v1.AppointmentCancelled.$Shape;

            /**
             * Verifies an AppointmentCancelled message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AppointmentCancelled message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AppointmentCancelled
             */
            static fromObject(object: { [k: string]: any }): csb.v1.AppointmentCancelled;

            /**
             * Creates a plain object from an AppointmentCancelled message. Also converts values to other types if specified.
             * @param message AppointmentCancelled
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.AppointmentCancelled, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AppointmentCancelled to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AppointmentCancelled
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AppointmentCancelled {

            /** Properties of an AppointmentCancelled. */
            interface $Properties {

                /** AppointmentCancelled appointmentId */
                appointmentId?: (string|null);

                /** AppointmentCancelled cancelledBy */
                cancelledBy?: (csb.v1.CancelledBy|null);

                /** AppointmentCancelled reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AppointmentCancelled. */
            type $Shape = csb.v1.AppointmentCancelled.$Properties;
        }

        /** CancelledBy enum. */
        enum CancelledBy {

            /** CANCELLED_BY_UNSPECIFIED value */
            CANCELLED_BY_UNSPECIFIED = 0,

            /** CANCELLED_BY_CUSTOMER value */
            CANCELLED_BY_CUSTOMER = 1,

            /** CANCELLED_BY_DEALER value */
            CANCELLED_BY_DEALER = 2
        }

        /**
         * Properties of a HealthStatus.
         * @deprecated Use csb.v1.HealthStatus.$Properties instead.
         */
        interface IHealthStatus extends csb.v1.HealthStatus.$Properties {
        }

        /** Represents a HealthStatus. */
        class HealthStatus {

            /**
             * Constructs a new HealthStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.HealthStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HealthStatus capturedAt. */
            capturedAt?: (google.protobuf.Timestamp.$Properties|null);

            /** HealthStatus odometerKm. */
            odometerKm?: (number|null);

            /** HealthStatus service. */
            service?: (csb.v1.ServiceStatus.$Properties|null);

            /** HealthStatus warnings. */
            warnings: csb.v1.Warning.$Properties[];

            /** HealthStatus dtcs. */
            dtcs: csb.v1.DiagnosticTroubleCode.$Properties[];

            /** HealthStatus fuelLevelPercent. */
            fuelLevelPercent?: (number|null);

            /** HealthStatus tractionBatteryChargePercent. */
            tractionBatteryChargePercent?: (number|null);

            /** HealthStatus lowVoltageBatteryVolts. */
            lowVoltageBatteryVolts?: (number|null);

            /** HealthStatus rangeKm. */
            rangeKm?: (number|null);

            /** HealthStatus engineHours. */
            engineHours?: (number|null);

            /**
             * Creates a new HealthStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HealthStatus instance
             */
            static create(properties: csb.v1.HealthStatus.$Shape): csb.v1.HealthStatus & csb.v1.HealthStatus.$Shape;
            static create(properties?: csb.v1.HealthStatus.$Properties): csb.v1.HealthStatus;

            /**
             * Encodes the specified HealthStatus message. Does not implicitly {@link csb.v1.HealthStatus.verify|verify} messages.
             * @param message HealthStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.HealthStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HealthStatus message, length delimited. Does not implicitly {@link csb.v1.HealthStatus.verify|verify} messages.
             * @param message HealthStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.HealthStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HealthStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.HealthStatus & csb.v1.HealthStatus.$Shape} HealthStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.HealthStatus & csb.v1.HealthStatus.$Shape;

            /**
             * Decodes a HealthStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.HealthStatus & csb.v1.HealthStatus.$Shape} HealthStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.HealthStatus & csb.v1.HealthStatus.$Shape;

            /**
             * Verifies a HealthStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HealthStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HealthStatus
             */
            static fromObject(object: { [k: string]: any }): csb.v1.HealthStatus;

            /**
             * Creates a plain object from a HealthStatus message. Also converts values to other types if specified.
             * @param message HealthStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.HealthStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HealthStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HealthStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HealthStatus {

            /** Properties of a HealthStatus. */
            interface $Properties {

                /** HealthStatus capturedAt */
                capturedAt?: (google.protobuf.Timestamp.$Properties|null);

                /** HealthStatus odometerKm */
                odometerKm?: (number|null);

                /** HealthStatus service */
                service?: (csb.v1.ServiceStatus.$Properties|null);

                /** HealthStatus warnings */
                warnings?: (csb.v1.Warning.$Properties[]|null);

                /** HealthStatus dtcs */
                dtcs?: (csb.v1.DiagnosticTroubleCode.$Properties[]|null);

                /** HealthStatus fuelLevelPercent */
                fuelLevelPercent?: (number|null);

                /** HealthStatus tractionBatteryChargePercent */
                tractionBatteryChargePercent?: (number|null);

                /** HealthStatus lowVoltageBatteryVolts */
                lowVoltageBatteryVolts?: (number|null);

                /** HealthStatus rangeKm */
                rangeKm?: (number|null);

                /** HealthStatus engineHours */
                engineHours?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HealthStatus. */
            type $Shape = csb.v1.HealthStatus.$Properties;
        }

        /**
         * Properties of a ServiceStatus.
         * @deprecated Use csb.v1.ServiceStatus.$Properties instead.
         */
        interface IServiceStatus extends csb.v1.ServiceStatus.$Properties {
        }

        /** Represents a ServiceStatus. */
        class ServiceStatus {

            /**
             * Constructs a new ServiceStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.ServiceStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServiceStatus isServiceDue. */
            isServiceDue: boolean;

            /** ServiceStatus distanceToServiceKm. */
            distanceToServiceKm?: (number|null);

            /** ServiceStatus timeToServiceS. */
            timeToServiceS?: (number|null);

            /** ServiceStatus engineHoursToService. */
            engineHoursToService?: (number|null);

            /** ServiceStatus trigger. */
            trigger: csb.v1.ServiceTrigger;

            /**
             * Creates a new ServiceStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServiceStatus instance
             */
            static create(properties: csb.v1.ServiceStatus.$Shape): csb.v1.ServiceStatus & csb.v1.ServiceStatus.$Shape;
            static create(properties?: csb.v1.ServiceStatus.$Properties): csb.v1.ServiceStatus;

            /**
             * Encodes the specified ServiceStatus message. Does not implicitly {@link csb.v1.ServiceStatus.verify|verify} messages.
             * @param message ServiceStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.ServiceStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ServiceStatus message, length delimited. Does not implicitly {@link csb.v1.ServiceStatus.verify|verify} messages.
             * @param message ServiceStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.ServiceStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServiceStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.ServiceStatus & csb.v1.ServiceStatus.$Shape} ServiceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.ServiceStatus & csb.v1.ServiceStatus.$Shape;

            /**
             * Decodes a ServiceStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.ServiceStatus & csb.v1.ServiceStatus.$Shape} ServiceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.ServiceStatus & csb.v1.ServiceStatus.$Shape;

            /**
             * Verifies a ServiceStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ServiceStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServiceStatus
             */
            static fromObject(object: { [k: string]: any }): csb.v1.ServiceStatus;

            /**
             * Creates a plain object from a ServiceStatus message. Also converts values to other types if specified.
             * @param message ServiceStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.ServiceStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServiceStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ServiceStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServiceStatus {

            /** Properties of a ServiceStatus. */
            interface $Properties {

                /** ServiceStatus isServiceDue */
                isServiceDue?: (boolean|null);

                /** ServiceStatus distanceToServiceKm */
                distanceToServiceKm?: (number|null);

                /** ServiceStatus timeToServiceS */
                timeToServiceS?: (number|null);

                /** ServiceStatus engineHoursToService */
                engineHoursToService?: (number|null);

                /** ServiceStatus trigger */
                trigger?: (csb.v1.ServiceTrigger|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServiceStatus. */
            type $Shape = csb.v1.ServiceStatus.$Properties;
        }

        /** ServiceTrigger enum. */
        enum ServiceTrigger {

            /** SERVICE_TRIGGER_UNSPECIFIED value */
            SERVICE_TRIGGER_UNSPECIFIED = 0,

            /** SERVICE_TRIGGER_CALENDAR_DAYS value */
            SERVICE_TRIGGER_CALENDAR_DAYS = 1,

            /** SERVICE_TRIGGER_DISTANCE value */
            SERVICE_TRIGGER_DISTANCE = 2,

            /** SERVICE_TRIGGER_ENGINE_HOURS value */
            SERVICE_TRIGGER_ENGINE_HOURS = 3,

            /** SERVICE_TRIGGER_ENGINE_OIL value */
            SERVICE_TRIGGER_ENGINE_OIL = 4
        }

        /**
         * Properties of a Warning.
         * @deprecated Use csb.v1.Warning.$Properties instead.
         */
        interface IWarning extends csb.v1.Warning.$Properties {
        }

        /** Represents a Warning. */
        class Warning {

            /**
             * Constructs a new Warning.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.Warning.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Warning type. */
            type: csb.v1.WarningType;

            /** Warning severity. */
            severity: csb.v1.Severity;

            /** Warning code. */
            code: string;

            /** Warning location. */
            location: string;

            /** Warning activeSince. */
            activeSince?: (google.protobuf.Timestamp.$Properties|null);

            /** Warning text. */
            text: string;

            /**
             * Creates a new Warning instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Warning instance
             */
            static create(properties: csb.v1.Warning.$Shape): csb.v1.Warning & csb.v1.Warning.$Shape;
            static create(properties?: csb.v1.Warning.$Properties): csb.v1.Warning;

            /**
             * Encodes the specified Warning message. Does not implicitly {@link csb.v1.Warning.verify|verify} messages.
             * @param message Warning message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.Warning.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Warning message, length delimited. Does not implicitly {@link csb.v1.Warning.verify|verify} messages.
             * @param message Warning message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.Warning.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Warning message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.Warning & csb.v1.Warning.$Shape} Warning
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.Warning & csb.v1.Warning.$Shape;

            /**
             * Decodes a Warning message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.Warning & csb.v1.Warning.$Shape} Warning
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.Warning & csb.v1.Warning.$Shape;

            /**
             * Verifies a Warning message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Warning message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Warning
             */
            static fromObject(object: { [k: string]: any }): csb.v1.Warning;

            /**
             * Creates a plain object from a Warning message. Also converts values to other types if specified.
             * @param message Warning
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.Warning, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Warning to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Warning
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Warning {

            /** Properties of a Warning. */
            interface $Properties {

                /** Warning type */
                type?: (csb.v1.WarningType|null);

                /** Warning severity */
                severity?: (csb.v1.Severity|null);

                /** Warning code */
                code?: (string|null);

                /** Warning location */
                location?: (string|null);

                /** Warning activeSince */
                activeSince?: (google.protobuf.Timestamp.$Properties|null);

                /** Warning text */
                text?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Warning. */
            type $Shape = csb.v1.Warning.$Properties;
        }

        /** WarningType enum. */
        enum WarningType {

            /** WARNING_TYPE_UNSPECIFIED value */
            WARNING_TYPE_UNSPECIFIED = 0,

            /** WARNING_TYPE_OTHER value */
            WARNING_TYPE_OTHER = 1,

            /** WARNING_TYPE_ENGINE_OIL_LEVEL_LOW value */
            WARNING_TYPE_ENGINE_OIL_LEVEL_LOW = 2,

            /** WARNING_TYPE_ENGINE_OIL_PRESSURE_LOW value */
            WARNING_TYPE_ENGINE_OIL_PRESSURE_LOW = 3,

            /** WARNING_TYPE_ENGINE_COOLANT_LEVEL_LOW value */
            WARNING_TYPE_ENGINE_COOLANT_LEVEL_LOW = 4,

            /** WARNING_TYPE_BRAKE_FLUID_LOW value */
            WARNING_TYPE_BRAKE_FLUID_LOW = 5,

            /** WARNING_TYPE_WASHER_FLUID_LOW value */
            WARNING_TYPE_WASHER_FLUID_LOW = 6,

            /** WARNING_TYPE_FUEL_LOW value */
            WARNING_TYPE_FUEL_LOW = 7,

            /** WARNING_TYPE_TYRE_PRESSURE_LOW value */
            WARNING_TYPE_TYRE_PRESSURE_LOW = 8,

            /** WARNING_TYPE_ABS_ERROR value */
            WARNING_TYPE_ABS_ERROR = 9,

            /** WARNING_TYPE_ESC_ERROR value */
            WARNING_TYPE_ESC_ERROR = 10,

            /** WARNING_TYPE_BULB_FAILURE value */
            WARNING_TYPE_BULB_FAILURE = 11,

            /** WARNING_TYPE_ENGINE_MALFUNCTION value */
            WARNING_TYPE_ENGINE_MALFUNCTION = 12,

            /** WARNING_TYPE_LOW_VOLTAGE_BATTERY_LOW value */
            WARNING_TYPE_LOW_VOLTAGE_BATTERY_LOW = 13,

            /** WARNING_TYPE_TRACTION_BATTERY_FAULT value */
            WARNING_TYPE_TRACTION_BATTERY_FAULT = 14,

            /** WARNING_TYPE_AIRBAG_FAULT value */
            WARNING_TYPE_AIRBAG_FAULT = 15,

            /** WARNING_TYPE_BRAKE_PAD_WEAR value */
            WARNING_TYPE_BRAKE_PAD_WEAR = 16
        }

        /** Severity enum. */
        enum Severity {

            /** SEVERITY_UNSPECIFIED value */
            SEVERITY_UNSPECIFIED = 0,

            /** SEVERITY_INFO value */
            SEVERITY_INFO = 1,

            /** SEVERITY_WARNING value */
            SEVERITY_WARNING = 2,

            /** SEVERITY_CRITICAL value */
            SEVERITY_CRITICAL = 3
        }

        /**
         * Properties of a DiagnosticTroubleCode.
         * @deprecated Use csb.v1.DiagnosticTroubleCode.$Properties instead.
         */
        interface IDiagnosticTroubleCode extends csb.v1.DiagnosticTroubleCode.$Properties {
        }

        /** Represents a DiagnosticTroubleCode. */
        class DiagnosticTroubleCode {

            /**
             * Constructs a new DiagnosticTroubleCode.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.DiagnosticTroubleCode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DiagnosticTroubleCode code. */
            code: string;

            /** DiagnosticTroubleCode ecu. */
            ecu: string;

            /** DiagnosticTroubleCode status. */
            status: csb.v1.DtcStatus;

            /** DiagnosticTroubleCode severity. */
            severity: csb.v1.Severity;

            /** DiagnosticTroubleCode firstSeen. */
            firstSeen?: (google.protobuf.Timestamp.$Properties|null);

            /**
             * Creates a new DiagnosticTroubleCode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DiagnosticTroubleCode instance
             */
            static create(properties: csb.v1.DiagnosticTroubleCode.$Shape): csb.v1.DiagnosticTroubleCode & csb.v1.DiagnosticTroubleCode.$Shape;
            static create(properties?: csb.v1.DiagnosticTroubleCode.$Properties): csb.v1.DiagnosticTroubleCode;

            /**
             * Encodes the specified DiagnosticTroubleCode message. Does not implicitly {@link csb.v1.DiagnosticTroubleCode.verify|verify} messages.
             * @param message DiagnosticTroubleCode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.DiagnosticTroubleCode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DiagnosticTroubleCode message, length delimited. Does not implicitly {@link csb.v1.DiagnosticTroubleCode.verify|verify} messages.
             * @param message DiagnosticTroubleCode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.DiagnosticTroubleCode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DiagnosticTroubleCode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.DiagnosticTroubleCode & csb.v1.DiagnosticTroubleCode.$Shape} DiagnosticTroubleCode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.DiagnosticTroubleCode & csb.v1.DiagnosticTroubleCode.$Shape;

            /**
             * Decodes a DiagnosticTroubleCode message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.DiagnosticTroubleCode & csb.v1.DiagnosticTroubleCode.$Shape} DiagnosticTroubleCode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.DiagnosticTroubleCode & csb.v1.DiagnosticTroubleCode.$Shape;

            /**
             * Verifies a DiagnosticTroubleCode message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DiagnosticTroubleCode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DiagnosticTroubleCode
             */
            static fromObject(object: { [k: string]: any }): csb.v1.DiagnosticTroubleCode;

            /**
             * Creates a plain object from a DiagnosticTroubleCode message. Also converts values to other types if specified.
             * @param message DiagnosticTroubleCode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.DiagnosticTroubleCode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DiagnosticTroubleCode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DiagnosticTroubleCode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DiagnosticTroubleCode {

            /** Properties of a DiagnosticTroubleCode. */
            interface $Properties {

                /** DiagnosticTroubleCode code */
                code?: (string|null);

                /** DiagnosticTroubleCode ecu */
                ecu?: (string|null);

                /** DiagnosticTroubleCode status */
                status?: (csb.v1.DtcStatus|null);

                /** DiagnosticTroubleCode severity */
                severity?: (csb.v1.Severity|null);

                /** DiagnosticTroubleCode firstSeen */
                firstSeen?: (google.protobuf.Timestamp.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DiagnosticTroubleCode. */
            type $Shape = csb.v1.DiagnosticTroubleCode.$Properties;
        }

        /** DtcStatus enum. */
        enum DtcStatus {

            /** DTC_STATUS_UNSPECIFIED value */
            DTC_STATUS_UNSPECIFIED = 0,

            /** DTC_STATUS_ACTIVE value */
            DTC_STATUS_ACTIVE = 1,

            /** DTC_STATUS_PENDING value */
            DTC_STATUS_PENDING = 2,

            /** DTC_STATUS_STORED value */
            DTC_STATUS_STORED = 3
        }

        /**
         * Properties of an UplinkEnvelope.
         * @deprecated Use csb.v1.UplinkEnvelope.$Properties instead.
         */
        interface IUplinkEnvelope extends csb.v1.UplinkEnvelope.$Properties {
        }

        /** Represents an UplinkEnvelope. */
        class UplinkEnvelope {

            /**
             * Constructs a new UplinkEnvelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.UplinkEnvelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UplinkEnvelope messageId. */
            messageId: string;

            /** UplinkEnvelope sentAt. */
            sentAt?: (google.protobuf.Timestamp.$Properties|null);

            /** UplinkEnvelope bookingRequest. */
            bookingRequest?: (csb.v1.BookingRequest.$Properties|null);

            /** UplinkEnvelope healthStatusUpload. */
            healthStatusUpload?: (csb.v1.HealthStatusUpload.$Properties|null);

            /** UplinkEnvelope proposalResponse. */
            proposalResponse?: (csb.v1.ProposalResponse.$Properties|null);

            /** UplinkEnvelope cancellation. */
            cancellation?: (csb.v1.Cancellation.$Properties|null);

            /** UplinkEnvelope engineStart. */
            engineStart?: (csb.v1.EngineStart.$Properties|null);

            /** UplinkEnvelope deliveryReceipt. */
            deliveryReceipt?: (csb.v1.DeliveryReceipt.$Properties|null);

            /** UplinkEnvelope body. */
            body?: ("bookingRequest"|"healthStatusUpload"|"proposalResponse"|"cancellation"|"engineStart"|"deliveryReceipt");

            /**
             * Creates a new UplinkEnvelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UplinkEnvelope instance
             */
            static create(properties: csb.v1.UplinkEnvelope.$Shape): csb.v1.UplinkEnvelope & csb.v1.UplinkEnvelope.$Shape;
            static create(properties?: csb.v1.UplinkEnvelope.$Properties): csb.v1.UplinkEnvelope;

            /**
             * Encodes the specified UplinkEnvelope message. Does not implicitly {@link csb.v1.UplinkEnvelope.verify|verify} messages.
             * @param message UplinkEnvelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.UplinkEnvelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UplinkEnvelope message, length delimited. Does not implicitly {@link csb.v1.UplinkEnvelope.verify|verify} messages.
             * @param message UplinkEnvelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.UplinkEnvelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UplinkEnvelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.UplinkEnvelope & csb.v1.UplinkEnvelope.$Shape} UplinkEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.UplinkEnvelope & csb.v1.UplinkEnvelope.$Shape;

            /**
             * Decodes an UplinkEnvelope message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.UplinkEnvelope & csb.v1.UplinkEnvelope.$Shape} UplinkEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.UplinkEnvelope & csb.v1.UplinkEnvelope.$Shape;

            /**
             * Verifies an UplinkEnvelope message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an UplinkEnvelope message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UplinkEnvelope
             */
            static fromObject(object: { [k: string]: any }): csb.v1.UplinkEnvelope;

            /**
             * Creates a plain object from an UplinkEnvelope message. Also converts values to other types if specified.
             * @param message UplinkEnvelope
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.UplinkEnvelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UplinkEnvelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UplinkEnvelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UplinkEnvelope {

            /** Properties of an UplinkEnvelope. */
            interface $Properties {

                /** UplinkEnvelope messageId */
                messageId?: (string|null);

                /** UplinkEnvelope sentAt */
                sentAt?: (google.protobuf.Timestamp.$Properties|null);

                /** UplinkEnvelope bookingRequest */
                bookingRequest?: (csb.v1.BookingRequest.$Properties|null);

                /** UplinkEnvelope healthStatusUpload */
                healthStatusUpload?: (csb.v1.HealthStatusUpload.$Properties|null);

                /** UplinkEnvelope proposalResponse */
                proposalResponse?: (csb.v1.ProposalResponse.$Properties|null);

                /** UplinkEnvelope cancellation */
                cancellation?: (csb.v1.Cancellation.$Properties|null);

                /** UplinkEnvelope engineStart */
                engineStart?: (csb.v1.EngineStart.$Properties|null);

                /** UplinkEnvelope deliveryReceipt */
                deliveryReceipt?: (csb.v1.DeliveryReceipt.$Properties|null);

                /** UplinkEnvelope body */
                body?: ("bookingRequest"|"healthStatusUpload"|"proposalResponse"|"cancellation"|"engineStart"|"deliveryReceipt");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an UplinkEnvelope. */
            type $Shape = {
              messageId?: string|null;
              sentAt?: google.protobuf.Timestamp.$Shape|null;
              bookingRequest?: csb.v1.BookingRequest.$Shape|null;
              healthStatusUpload?: csb.v1.HealthStatusUpload.$Shape|null;
              proposalResponse?: csb.v1.ProposalResponse.$Shape|null;
              cancellation?: csb.v1.Cancellation.$Shape|null;
              engineStart?: csb.v1.EngineStart.$Shape|null;
              deliveryReceipt?: csb.v1.DeliveryReceipt.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; bookingRequest?: null; healthStatusUpload?: null; proposalResponse?: null; cancellation?: null; engineStart?: null; deliveryReceipt?: null }|{ body?: "bookingRequest"; bookingRequest: csb.v1.BookingRequest.$Shape; healthStatusUpload?: null; proposalResponse?: null; cancellation?: null; engineStart?: null; deliveryReceipt?: null }|{ body?: "healthStatusUpload"; bookingRequest?: null; healthStatusUpload: csb.v1.HealthStatusUpload.$Shape; proposalResponse?: null; cancellation?: null; engineStart?: null; deliveryReceipt?: null }|{ body?: "proposalResponse"; bookingRequest?: null; healthStatusUpload?: null; proposalResponse: csb.v1.ProposalResponse.$Shape; cancellation?: null; engineStart?: null; deliveryReceipt?: null }|{ body?: "cancellation"; bookingRequest?: null; healthStatusUpload?: null; proposalResponse?: null; cancellation: csb.v1.Cancellation.$Shape; engineStart?: null; deliveryReceipt?: null }|{ body?: "engineStart"; bookingRequest?: null; healthStatusUpload?: null; proposalResponse?: null; cancellation?: null; engineStart: csb.v1.EngineStart.$Shape; deliveryReceipt?: null }|{ body?: "deliveryReceipt"; bookingRequest?: null; healthStatusUpload?: null; proposalResponse?: null; cancellation?: null; engineStart?: null; deliveryReceipt: csb.v1.DeliveryReceipt.$Shape })
            );
        }

        /** RequestOrigin enum. */
        enum RequestOrigin {

            /** REQUEST_ORIGIN_UNSPECIFIED value */
            REQUEST_ORIGIN_UNSPECIFIED = 0,

            /** REQUEST_ORIGIN_SERVICE_NEED value */
            REQUEST_ORIGIN_SERVICE_NEED = 1,

            /** REQUEST_ORIGIN_WARNINGS value */
            REQUEST_ORIGIN_WARNINGS = 2,

            /** REQUEST_ORIGIN_MANUAL value */
            REQUEST_ORIGIN_MANUAL = 3
        }

        /**
         * Properties of a BookingRequest.
         * @deprecated Use csb.v1.BookingRequest.$Properties instead.
         */
        interface IBookingRequest extends csb.v1.BookingRequest.$Properties {
        }

        /** Represents a BookingRequest. */
        class BookingRequest {

            /**
             * Constructs a new BookingRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.BookingRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BookingRequest origin. */
            origin: csb.v1.RequestOrigin;

            /** BookingRequest consent. */
            consent?: (csb.v1.DriverConsent.$Properties|null);

            /** BookingRequest healthStatus. */
            healthStatus?: (csb.v1.HealthStatus.$Properties|null);

            /** BookingRequest customerNote. */
            customerNote: string;

            /** BookingRequest preferredWindows. */
            preferredWindows: csb.v1.TimeWindow.$Properties[];

            /**
             * Creates a new BookingRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BookingRequest instance
             */
            static create(properties: csb.v1.BookingRequest.$Shape): csb.v1.BookingRequest & csb.v1.BookingRequest.$Shape;
            static create(properties?: csb.v1.BookingRequest.$Properties): csb.v1.BookingRequest;

            /**
             * Encodes the specified BookingRequest message. Does not implicitly {@link csb.v1.BookingRequest.verify|verify} messages.
             * @param message BookingRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.BookingRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BookingRequest message, length delimited. Does not implicitly {@link csb.v1.BookingRequest.verify|verify} messages.
             * @param message BookingRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.BookingRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BookingRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.BookingRequest & csb.v1.BookingRequest.$Shape} BookingRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.BookingRequest & csb.v1.BookingRequest.$Shape;

            /**
             * Decodes a BookingRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.BookingRequest & csb.v1.BookingRequest.$Shape} BookingRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.BookingRequest & csb.v1.BookingRequest.$Shape;

            /**
             * Verifies a BookingRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BookingRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BookingRequest
             */
            static fromObject(object: { [k: string]: any }): csb.v1.BookingRequest;

            /**
             * Creates a plain object from a BookingRequest message. Also converts values to other types if specified.
             * @param message BookingRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.BookingRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BookingRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BookingRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BookingRequest {

            /** Properties of a BookingRequest. */
            interface $Properties {

                /** BookingRequest origin */
                origin?: (csb.v1.RequestOrigin|null);

                /** BookingRequest consent */
                consent?: (csb.v1.DriverConsent.$Properties|null);

                /** BookingRequest healthStatus */
                healthStatus?: (csb.v1.HealthStatus.$Properties|null);

                /** BookingRequest customerNote */
                customerNote?: (string|null);

                /** BookingRequest preferredWindows */
                preferredWindows?: (csb.v1.TimeWindow.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BookingRequest. */
            type $Shape = csb.v1.BookingRequest.$Properties;
        }

        /**
         * Properties of a DriverConsent.
         * @deprecated Use csb.v1.DriverConsent.$Properties instead.
         */
        interface IDriverConsent extends csb.v1.DriverConsent.$Properties {
        }

        /** Represents a DriverConsent. */
        class DriverConsent {

            /**
             * Constructs a new DriverConsent.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.DriverConsent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DriverConsent granted. */
            granted: boolean;

            /** DriverConsent grantedAt. */
            grantedAt?: (google.protobuf.Timestamp.$Properties|null);

            /**
             * Creates a new DriverConsent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DriverConsent instance
             */
            static create(properties: csb.v1.DriverConsent.$Shape): csb.v1.DriverConsent & csb.v1.DriverConsent.$Shape;
            static create(properties?: csb.v1.DriverConsent.$Properties): csb.v1.DriverConsent;

            /**
             * Encodes the specified DriverConsent message. Does not implicitly {@link csb.v1.DriverConsent.verify|verify} messages.
             * @param message DriverConsent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.DriverConsent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DriverConsent message, length delimited. Does not implicitly {@link csb.v1.DriverConsent.verify|verify} messages.
             * @param message DriverConsent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.DriverConsent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DriverConsent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.DriverConsent & csb.v1.DriverConsent.$Shape} DriverConsent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.DriverConsent & csb.v1.DriverConsent.$Shape;

            /**
             * Decodes a DriverConsent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.DriverConsent & csb.v1.DriverConsent.$Shape} DriverConsent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.DriverConsent & csb.v1.DriverConsent.$Shape;

            /**
             * Verifies a DriverConsent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DriverConsent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DriverConsent
             */
            static fromObject(object: { [k: string]: any }): csb.v1.DriverConsent;

            /**
             * Creates a plain object from a DriverConsent message. Also converts values to other types if specified.
             * @param message DriverConsent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.DriverConsent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DriverConsent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DriverConsent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DriverConsent {

            /** Properties of a DriverConsent. */
            interface $Properties {

                /** DriverConsent granted */
                granted?: (boolean|null);

                /** DriverConsent grantedAt */
                grantedAt?: (google.protobuf.Timestamp.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DriverConsent. */
            type $Shape = csb.v1.DriverConsent.$Properties;
        }

        /**
         * Properties of a HealthStatusUpload.
         * @deprecated Use csb.v1.HealthStatusUpload.$Properties instead.
         */
        interface IHealthStatusUpload extends csb.v1.HealthStatusUpload.$Properties {
        }

        /** Represents a HealthStatusUpload. */
        class HealthStatusUpload {

            /**
             * Constructs a new HealthStatusUpload.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.HealthStatusUpload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HealthStatusUpload healthStatus. */
            healthStatus?: (csb.v1.HealthStatus.$Properties|null);

            /**
             * Creates a new HealthStatusUpload instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HealthStatusUpload instance
             */
            static create(properties: csb.v1.HealthStatusUpload.$Shape): csb.v1.HealthStatusUpload & csb.v1.HealthStatusUpload.$Shape;
            static create(properties?: csb.v1.HealthStatusUpload.$Properties): csb.v1.HealthStatusUpload;

            /**
             * Encodes the specified HealthStatusUpload message. Does not implicitly {@link csb.v1.HealthStatusUpload.verify|verify} messages.
             * @param message HealthStatusUpload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.HealthStatusUpload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HealthStatusUpload message, length delimited. Does not implicitly {@link csb.v1.HealthStatusUpload.verify|verify} messages.
             * @param message HealthStatusUpload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.HealthStatusUpload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HealthStatusUpload message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.HealthStatusUpload & csb.v1.HealthStatusUpload.$Shape} HealthStatusUpload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.HealthStatusUpload & csb.v1.HealthStatusUpload.$Shape;

            /**
             * Decodes a HealthStatusUpload message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.HealthStatusUpload & csb.v1.HealthStatusUpload.$Shape} HealthStatusUpload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.HealthStatusUpload & csb.v1.HealthStatusUpload.$Shape;

            /**
             * Verifies a HealthStatusUpload message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HealthStatusUpload message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HealthStatusUpload
             */
            static fromObject(object: { [k: string]: any }): csb.v1.HealthStatusUpload;

            /**
             * Creates a plain object from a HealthStatusUpload message. Also converts values to other types if specified.
             * @param message HealthStatusUpload
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.HealthStatusUpload, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HealthStatusUpload to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HealthStatusUpload
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HealthStatusUpload {

            /** Properties of a HealthStatusUpload. */
            interface $Properties {

                /** HealthStatusUpload healthStatus */
                healthStatus?: (csb.v1.HealthStatus.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HealthStatusUpload. */
            type $Shape = csb.v1.HealthStatusUpload.$Properties;
        }

        /**
         * Properties of a ProposalResponse.
         * @deprecated Use csb.v1.ProposalResponse.$Properties instead.
         */
        interface IProposalResponse extends csb.v1.ProposalResponse.$Properties {
        }

        /** Represents a ProposalResponse. */
        class ProposalResponse {

            /**
             * Constructs a new ProposalResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.ProposalResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProposalResponse appointmentId. */
            appointmentId: string;

            /** ProposalResponse proposalId. */
            proposalId: string;

            /** ProposalResponse accept. */
            accept?: (csb.v1.AcceptProposal.$Properties|null);

            /** ProposalResponse askAnotherSlot. */
            askAnotherSlot?: (csb.v1.AskAnotherSlot.$Properties|null);

            /** ProposalResponse answer. */
            answer?: ("accept"|"askAnotherSlot");

            /**
             * Creates a new ProposalResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProposalResponse instance
             */
            static create(properties: csb.v1.ProposalResponse.$Shape): csb.v1.ProposalResponse & csb.v1.ProposalResponse.$Shape;
            static create(properties?: csb.v1.ProposalResponse.$Properties): csb.v1.ProposalResponse;

            /**
             * Encodes the specified ProposalResponse message. Does not implicitly {@link csb.v1.ProposalResponse.verify|verify} messages.
             * @param message ProposalResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.ProposalResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ProposalResponse message, length delimited. Does not implicitly {@link csb.v1.ProposalResponse.verify|verify} messages.
             * @param message ProposalResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.ProposalResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProposalResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.ProposalResponse & csb.v1.ProposalResponse.$Shape} ProposalResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.ProposalResponse & csb.v1.ProposalResponse.$Shape;

            /**
             * Decodes a ProposalResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.ProposalResponse & csb.v1.ProposalResponse.$Shape} ProposalResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.ProposalResponse & csb.v1.ProposalResponse.$Shape;

            /**
             * Verifies a ProposalResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProposalResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProposalResponse
             */
            static fromObject(object: { [k: string]: any }): csb.v1.ProposalResponse;

            /**
             * Creates a plain object from a ProposalResponse message. Also converts values to other types if specified.
             * @param message ProposalResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.ProposalResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProposalResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProposalResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProposalResponse {

            /** Properties of a ProposalResponse. */
            interface $Properties {

                /** ProposalResponse appointmentId */
                appointmentId?: (string|null);

                /** ProposalResponse proposalId */
                proposalId?: (string|null);

                /** ProposalResponse accept */
                accept?: (csb.v1.AcceptProposal.$Properties|null);

                /** ProposalResponse askAnotherSlot */
                askAnotherSlot?: (csb.v1.AskAnotherSlot.$Properties|null);

                /** ProposalResponse answer */
                answer?: ("accept"|"askAnotherSlot");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ProposalResponse. */
            type $Shape = {
              appointmentId?: string|null;
              proposalId?: string|null;
              accept?: csb.v1.AcceptProposal.$Shape|null;
              askAnotherSlot?: csb.v1.AskAnotherSlot.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ answer?: undefined; accept?: null; askAnotherSlot?: null }|{ answer?: "accept"; accept: csb.v1.AcceptProposal.$Shape; askAnotherSlot?: null }|{ answer?: "askAnotherSlot"; accept?: null; askAnotherSlot: csb.v1.AskAnotherSlot.$Shape })
            );
        }

        /**
         * Properties of an AcceptProposal.
         * @deprecated Use csb.v1.AcceptProposal.$Properties instead.
         */
        interface IAcceptProposal extends csb.v1.AcceptProposal.$Properties {
        }

        /** Represents an AcceptProposal. */
        class AcceptProposal {

            /**
             * Constructs a new AcceptProposal.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.AcceptProposal.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new AcceptProposal instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AcceptProposal instance
             */
            static create(properties: csb.v1.AcceptProposal.$Shape): csb.v1.AcceptProposal & csb.v1.AcceptProposal.$Shape;
            static create(properties?: csb.v1.AcceptProposal.$Properties): csb.v1.AcceptProposal;

            /**
             * Encodes the specified AcceptProposal message. Does not implicitly {@link csb.v1.AcceptProposal.verify|verify} messages.
             * @param message AcceptProposal message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.AcceptProposal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AcceptProposal message, length delimited. Does not implicitly {@link csb.v1.AcceptProposal.verify|verify} messages.
             * @param message AcceptProposal message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.AcceptProposal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AcceptProposal message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.AcceptProposal & csb.v1.AcceptProposal.$Shape} AcceptProposal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.AcceptProposal & csb.v1.AcceptProposal.$Shape;

            /**
             * Decodes an AcceptProposal message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.AcceptProposal & csb.v1.AcceptProposal.$Shape} AcceptProposal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.AcceptProposal & csb.v1.AcceptProposal.$Shape;

            /**
             * Verifies an AcceptProposal message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AcceptProposal message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AcceptProposal
             */
            static fromObject(object: { [k: string]: any }): csb.v1.AcceptProposal;

            /**
             * Creates a plain object from an AcceptProposal message. Also converts values to other types if specified.
             * @param message AcceptProposal
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.AcceptProposal, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AcceptProposal to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AcceptProposal
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AcceptProposal {

            /** Properties of an AcceptProposal. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AcceptProposal. */
            type $Shape = csb.v1.AcceptProposal.$Properties;
        }

        /**
         * Properties of an AskAnotherSlot.
         * @deprecated Use csb.v1.AskAnotherSlot.$Properties instead.
         */
        interface IAskAnotherSlot extends csb.v1.AskAnotherSlot.$Properties {
        }

        /** Represents an AskAnotherSlot. */
        class AskAnotherSlot {

            /**
             * Constructs a new AskAnotherSlot.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.AskAnotherSlot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AskAnotherSlot preferredWindows. */
            preferredWindows: csb.v1.TimeWindow.$Properties[];

            /** AskAnotherSlot note. */
            note: string;

            /**
             * Creates a new AskAnotherSlot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AskAnotherSlot instance
             */
            static create(properties: csb.v1.AskAnotherSlot.$Shape): csb.v1.AskAnotherSlot & csb.v1.AskAnotherSlot.$Shape;
            static create(properties?: csb.v1.AskAnotherSlot.$Properties): csb.v1.AskAnotherSlot;

            /**
             * Encodes the specified AskAnotherSlot message. Does not implicitly {@link csb.v1.AskAnotherSlot.verify|verify} messages.
             * @param message AskAnotherSlot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.AskAnotherSlot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AskAnotherSlot message, length delimited. Does not implicitly {@link csb.v1.AskAnotherSlot.verify|verify} messages.
             * @param message AskAnotherSlot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.AskAnotherSlot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AskAnotherSlot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.AskAnotherSlot & csb.v1.AskAnotherSlot.$Shape} AskAnotherSlot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.AskAnotherSlot & csb.v1.AskAnotherSlot.$Shape;

            /**
             * Decodes an AskAnotherSlot message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.AskAnotherSlot & csb.v1.AskAnotherSlot.$Shape} AskAnotherSlot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.AskAnotherSlot & csb.v1.AskAnotherSlot.$Shape;

            /**
             * Verifies an AskAnotherSlot message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AskAnotherSlot message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AskAnotherSlot
             */
            static fromObject(object: { [k: string]: any }): csb.v1.AskAnotherSlot;

            /**
             * Creates a plain object from an AskAnotherSlot message. Also converts values to other types if specified.
             * @param message AskAnotherSlot
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.AskAnotherSlot, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AskAnotherSlot to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AskAnotherSlot
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AskAnotherSlot {

            /** Properties of an AskAnotherSlot. */
            interface $Properties {

                /** AskAnotherSlot preferredWindows */
                preferredWindows?: (csb.v1.TimeWindow.$Properties[]|null);

                /** AskAnotherSlot note */
                note?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AskAnotherSlot. */
            type $Shape = csb.v1.AskAnotherSlot.$Properties;
        }

        /**
         * Properties of a Cancellation.
         * @deprecated Use csb.v1.Cancellation.$Properties instead.
         */
        interface ICancellation extends csb.v1.Cancellation.$Properties {
        }

        /** Represents a Cancellation. */
        class Cancellation {

            /**
             * Constructs a new Cancellation.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.Cancellation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Cancellation appointmentId. */
            appointmentId: string;

            /** Cancellation reason. */
            reason: string;

            /**
             * Creates a new Cancellation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Cancellation instance
             */
            static create(properties: csb.v1.Cancellation.$Shape): csb.v1.Cancellation & csb.v1.Cancellation.$Shape;
            static create(properties?: csb.v1.Cancellation.$Properties): csb.v1.Cancellation;

            /**
             * Encodes the specified Cancellation message. Does not implicitly {@link csb.v1.Cancellation.verify|verify} messages.
             * @param message Cancellation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.Cancellation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Cancellation message, length delimited. Does not implicitly {@link csb.v1.Cancellation.verify|verify} messages.
             * @param message Cancellation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.Cancellation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Cancellation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.Cancellation & csb.v1.Cancellation.$Shape} Cancellation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.Cancellation & csb.v1.Cancellation.$Shape;

            /**
             * Decodes a Cancellation message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.Cancellation & csb.v1.Cancellation.$Shape} Cancellation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.Cancellation & csb.v1.Cancellation.$Shape;

            /**
             * Verifies a Cancellation message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Cancellation message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Cancellation
             */
            static fromObject(object: { [k: string]: any }): csb.v1.Cancellation;

            /**
             * Creates a plain object from a Cancellation message. Also converts values to other types if specified.
             * @param message Cancellation
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.Cancellation, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Cancellation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Cancellation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Cancellation {

            /** Properties of a Cancellation. */
            interface $Properties {

                /** Cancellation appointmentId */
                appointmentId?: (string|null);

                /** Cancellation reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Cancellation. */
            type $Shape = csb.v1.Cancellation.$Properties;
        }

        /**
         * Properties of an EngineStart.
         * @deprecated Use csb.v1.EngineStart.$Properties instead.
         */
        interface IEngineStart extends csb.v1.EngineStart.$Properties {
        }

        /** Represents an EngineStart. */
        class EngineStart {

            /**
             * Constructs a new EngineStart.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.EngineStart.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EngineStart startedAt. */
            startedAt?: (google.protobuf.Timestamp.$Properties|null);

            /** EngineStart odometerKm. */
            odometerKm?: (number|null);

            /**
             * Creates a new EngineStart instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EngineStart instance
             */
            static create(properties: csb.v1.EngineStart.$Shape): csb.v1.EngineStart & csb.v1.EngineStart.$Shape;
            static create(properties?: csb.v1.EngineStart.$Properties): csb.v1.EngineStart;

            /**
             * Encodes the specified EngineStart message. Does not implicitly {@link csb.v1.EngineStart.verify|verify} messages.
             * @param message EngineStart message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.EngineStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EngineStart message, length delimited. Does not implicitly {@link csb.v1.EngineStart.verify|verify} messages.
             * @param message EngineStart message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.EngineStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EngineStart message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.EngineStart & csb.v1.EngineStart.$Shape} EngineStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.EngineStart & csb.v1.EngineStart.$Shape;

            /**
             * Decodes an EngineStart message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.EngineStart & csb.v1.EngineStart.$Shape} EngineStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.EngineStart & csb.v1.EngineStart.$Shape;

            /**
             * Verifies an EngineStart message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EngineStart message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EngineStart
             */
            static fromObject(object: { [k: string]: any }): csb.v1.EngineStart;

            /**
             * Creates a plain object from an EngineStart message. Also converts values to other types if specified.
             * @param message EngineStart
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.EngineStart, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EngineStart to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EngineStart
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EngineStart {

            /** Properties of an EngineStart. */
            interface $Properties {

                /** EngineStart startedAt */
                startedAt?: (google.protobuf.Timestamp.$Properties|null);

                /** EngineStart odometerKm */
                odometerKm?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EngineStart. */
            type $Shape = csb.v1.EngineStart.$Properties;
        }

        /**
         * Properties of a DeliveryReceipt.
         * @deprecated Use csb.v1.DeliveryReceipt.$Properties instead.
         */
        interface IDeliveryReceipt extends csb.v1.DeliveryReceipt.$Properties {
        }

        /** Represents a DeliveryReceipt. */
        class DeliveryReceipt {

            /**
             * Constructs a new DeliveryReceipt.
             * @param [properties] Properties to set
             */
            constructor(properties?: csb.v1.DeliveryReceipt.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeliveryReceipt downlinkMessageId. */
            downlinkMessageId: string;

            /** DeliveryReceipt receivedAt. */
            receivedAt?: (google.protobuf.Timestamp.$Properties|null);

            /**
             * Creates a new DeliveryReceipt instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeliveryReceipt instance
             */
            static create(properties: csb.v1.DeliveryReceipt.$Shape): csb.v1.DeliveryReceipt & csb.v1.DeliveryReceipt.$Shape;
            static create(properties?: csb.v1.DeliveryReceipt.$Properties): csb.v1.DeliveryReceipt;

            /**
             * Encodes the specified DeliveryReceipt message. Does not implicitly {@link csb.v1.DeliveryReceipt.verify|verify} messages.
             * @param message DeliveryReceipt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: csb.v1.DeliveryReceipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeliveryReceipt message, length delimited. Does not implicitly {@link csb.v1.DeliveryReceipt.verify|verify} messages.
             * @param message DeliveryReceipt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: csb.v1.DeliveryReceipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeliveryReceipt message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {csb.v1.DeliveryReceipt & csb.v1.DeliveryReceipt.$Shape} DeliveryReceipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): csb.v1.DeliveryReceipt & csb.v1.DeliveryReceipt.$Shape;

            /**
             * Decodes a DeliveryReceipt message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {csb.v1.DeliveryReceipt & csb.v1.DeliveryReceipt.$Shape} DeliveryReceipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): csb.v1.DeliveryReceipt & csb.v1.DeliveryReceipt.$Shape;

            /**
             * Verifies a DeliveryReceipt message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeliveryReceipt message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeliveryReceipt
             */
            static fromObject(object: { [k: string]: any }): csb.v1.DeliveryReceipt;

            /**
             * Creates a plain object from a DeliveryReceipt message. Also converts values to other types if specified.
             * @param message DeliveryReceipt
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: csb.v1.DeliveryReceipt, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeliveryReceipt to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeliveryReceipt
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeliveryReceipt {

            /** Properties of a DeliveryReceipt. */
            interface $Properties {

                /** DeliveryReceipt downlinkMessageId */
                downlinkMessageId?: (string|null);

                /** DeliveryReceipt receivedAt */
                receivedAt?: (google.protobuf.Timestamp.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeliveryReceipt. */
            type $Shape = csb.v1.DeliveryReceipt.$Properties;
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a Timestamp.
         * @deprecated Use google.protobuf.Timestamp.$Properties instead.
         */
        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: number;

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Timestamp message, length delimited. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Decodes a Timestamp message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Verifies a Timestamp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Timestamp
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Timestamp;

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @param message Timestamp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Timestamp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Timestamp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: (number|null);

                /** Timestamp nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = google.protobuf.Timestamp.$Properties;
        }
    }
}
